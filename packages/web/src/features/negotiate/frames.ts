import {
  type CastVote,
  type ClauseId,
  DEFAULT_POSITION,
  type Decision,
  type DecisionEvaluation,
  evaluateDecision,
  isConsensusInstrument,
  type MemberId,
  modalVote,
  type OutcomeSummary,
  utilityOf,
  type VoteValue,
} from '@horseshoe/engine';
import type { NegotiationResult, NegotiationStep } from '@horseshoe/engine/negotiation';
import { clauseLabel, instrumentWithArticle, reasonPhrase, voteVerb, withClauseTexts } from '../../words/sentences.ts';

// The step-by-step view of a negotiation (issue 15, item 4): the engine's transcript (one step per
// session command) as frames a person steps through. A ballot (the chair opens the vote, every seat
// casts, the chair closes it) is one frame; every other command is a frame of its own. Each frame says
// in words what happened, from the engine's data: the text before and after, the amendments and votes
// of the session at the end, and each member's predicted vote on the text on the table.

/** A ballot the chair held: what was voted on and how it went. */
export interface BallotView {
  /** The amendment voted on; null for the text itself. */
  readonly amendmentId: string | null;
  readonly votes: Readonly<Record<string, VoteValue>>;
  readonly outcome: OutcomeSummary;
}

/** One step of the stepper. */
export interface NegotiationFrame {
  /** The frame's place in the talks, "f0", "f1", … (a key for lists). */
  readonly id: string;
  readonly round: number;
  /** "Opening", "Round 2", "The decision". */
  readonly stage: string;
  /** A member code, or `chair`. */
  readonly actor: string;
  /** The engine's command (`propose-amendment`, …); a ballot is `vote`. */
  readonly action: string;
  /** What happened, in plain words. */
  readonly words: string;
  /** The text on the table after the frame. */
  readonly text: readonly ClauseId[];
  /** Clauses the frame added to or deleted from the text. */
  readonly added: readonly ClauseId[];
  readonly deleted: readonly ClauseId[];
  readonly ballot: BallotView | null;
  /** The engine's steps the frame shows (several for a ballot). */
  readonly steps: readonly NegotiationStep[];
}

/** The decision with `text` on the table, evaluated by the engine (what the chamber shows at a frame). */
export function evaluationAt(decision: Decision, text: readonly ClauseId[]): DecisionEvaluation {
  return evaluateDecision({ ...decision, tabled: text });
}

/** The stage of a round: round 0 opens the talks, the round after the last is the decision. */
export function stageOf(round: number, rounds: number): string {
  if (round === 0) return 'Opening';
  return round > rounds ? 'The decision' : `Round ${round}`;
}

/**
 * The frames of a negotiation, in order. `result` is {@link negotiate}'s answer on `decision`.
 * @example framesOf(decision, result).at(-1)?.words // "The President puts the text to the vote: …"
 */
export function framesOf(decision: Decision, result: NegotiationResult): NegotiationFrame[] {
  const ctx = contextOf(decision, result);
  const frames: NegotiationFrame[] = [];
  let before: readonly ClauseId[] = [];
  let ballot: NegotiationStep[] | null = null;
  const push = (steps: NegotiationStep[], words: string, action: string, view: BallotView | null) => {
    const first = steps[0] as NegotiationStep;
    const text = (steps.at(-1) as NegotiationStep).text;
    frames.push({
      id: `f${frames.length}`,
      round: first.round,
      stage: stageOf(first.round, result.rounds),
      actor: first.actor,
      action,
      words,
      text,
      // The opening puts the whole text on the table: nothing is "added" to it.
      added: frames.length === 0 ? [] : text.filter((c) => !before.includes(c)),
      deleted: before.filter((c) => !text.includes(c)),
      ballot: view,
      steps,
    });
    before = text;
  };
  for (const step of result.steps) {
    if (ballot) {
      ballot.push(step);
      if (step.action === 'close-vote') {
        const vote = ctx.nextVote();
        push(ballot, ballotWords(ctx, vote), 'vote', vote);
        ballot = null;
      }
      continue;
    }
    if (step.action === 'open-vote') {
      ballot = [step];
      continue;
    }
    push([step], stepWords(ctx, step, before), step.action, null);
  }
  // A ballot the transcript left open (not expected): its steps are still shown.
  if (ballot) push(ballot, 'The President opens a vote.', 'vote', null);
  return frames;
}

interface Context {
  readonly decision: Decision;
  readonly result: NegotiationResult;
  readonly name: (code: string) => string;
  /** Each member's predicted vote and reason on a text (evaluations cached by text). */
  readonly stance: (code: string, text: readonly ClauseId[]) => { vote: CastVote; phrase: string } | null;
  readonly nextProposal: (actor: string) => Amendment | null;
  readonly accepted: (op: 'add' | 'delete', clause: ClauseId) => Amendment | null;
  readonly nextVote: () => BallotView | null;
}

type Amendment = NegotiationResult['state']['drafts'][number]['amendments'][number];

function contextOf(decision: Decision, result: NegotiationResult): Context {
  const cache = new Map<string, DecisionEvaluation>();
  const draft = result.state.drafts.find((d) => d.id === decision.id);
  const amendments = draft?.amendments ?? [];
  let proposals = 0;
  const used = new Set<string>();
  let votes = 0;
  return {
    decision,
    result,
    name: (code) => (code === 'chair' ? 'The President' : (decision.body.names[code] ?? code)),
    stance: (code, text) => {
      const key = text.join('\n');
      let e = cache.get(key);
      if (!e) {
        e = evaluationAt(decision, text);
        cache.set(key, e);
      }
      const v = e.votes.find((x) => x.member === code);
      if (!v) return null;
      return {
        vote: typeof v.vote === 'string' ? v.vote : modalVote(v.vote),
        phrase: reasonPhrase(v.reason, decision.clauses),
      };
    },
    // The session keeps a draft's amendments in the order they were proposed: the n-th proposal step is the n-th amendment.
    nextProposal: (actor) => {
      const a = amendments[proposals];
      proposals += 1;
      return a && a.proposer === actor ? a : null;
    },
    accepted: (op, clause) => {
      const a = amendments.find(
        (x) => x.status === 'accepted' && !used.has(x.id) && x.op === op && (x.clauseId ?? x.clause?.id) === clause,
      );
      if (a) used.add(a.id);
      return a ?? null;
    },
    nextVote: () => {
      const v = result.state.votes[votes];
      votes += 1;
      return v?.votes && v.outcome ? { amendmentId: v.amendmentId, votes: v.votes, outcome: v.outcome } : null;
    },
  };
}

/** “Calls for a ceasefire”: a clause in quotes, as the reader knows it. */
function quoted(decision: Decision, id: string): string {
  return `“${clauseLabel(decision.clauses, id)}”`;
}

function listOf(decision: Decision, ids: readonly ClauseId[]): string {
  return ids.length === 0 ? 'no clause' : ids.map((c) => quoted(decision, c)).join(', ');
}

function amendmentWords(decision: Decision, a: Amendment): string {
  const clause = a.clauseId ?? a.clause?.id ?? '';
  return `${a.op === 'delete' ? 'delete' : 'add'} ${quoted(decision, clause)}`;
}

function stepWords(ctx: Context, step: NegotiationStep, before: readonly ClauseId[]): string {
  const { decision } = ctx;
  const who = ctx.name(step.actor);
  const stance = () => ctx.stance(step.actor, before);
  switch (step.action) {
    case 'circulate-draft':
      return `${who} circulates ${instrumentWithArticle(decision.instrument)}: ${listOf(decision, step.text)}.`;
    case 'object':
    case 'break-silence': {
      const s = stance();
      const verb = step.action === 'object' ? 'objects' : 'breaks silence';
      return s ? `${who} ${verb}: ${s.phrase}.` : `${who} ${verb}.`;
    }
    case 'withdraw-objection': {
      const s = ctx.stance(step.actor, step.text);
      return `${who} withdraws its objection${s ? `: ${s.phrase}` : ''}.`;
    }
    case 'propose-amendment': {
      const a = ctx.nextProposal(step.actor);
      const s = stance();
      const ask = a ? `${who} asks to ${amendmentWords(decision, a)}` : `${who} proposes an amendment`;
      const consensus = isConsensusInstrument(decision.instrument);
      return s ? `${ask}. As the text stands, it ${voteVerb(s.vote, consensus)}: ${s.phrase}.` : `${ask}.`;
    }
    case 'accept-amendment':
      return acceptWords(ctx, step, before);
    case 'state-position':
      return `${who} states its position: ${redLines(decision, step.actor)}.`;
    case 'adopt-by-consensus': {
      const draft = ctx.result.state.drafts.find((d) => d.id === decision.id);
      const outcome = draft?.outcome ?? ctx.result.outcome;
      return `The President takes the text: ${withClauseTexts(outcome.explanation, decision.clauses)}`;
    }
    default:
      return `${who}: ${step.action.replaceAll('-', ' ')}.`;
  }
}

/** A member's red lines as its position (the case file's) has them, or the absence of any. */
function redLines(decision: Decision, member: string): string {
  const p = decision.positions.get(member as MemberId) ?? DEFAULT_POSITION;
  const lines = [
    ...p.rejects.map((c) => `it rejects ${quoted(decision, c)}`),
    ...p.requires.map((c) => `it requires ${quoted(decision, c)}`),
  ];
  return lines.length > 0 ? lines.join('; ') : 'no red line, only what each clause is worth to it';
}

function acceptWords(ctx: Context, step: NegotiationStep, before: readonly ClauseId[]): string {
  const { decision } = ctx;
  const who = ctx.name(step.actor);
  const deleted = before.filter((c) => !step.text.includes(c));
  const added = step.text.filter((c) => !before.includes(c));
  const change = deleted[0] !== undefined ? { op: 'delete' as const, clause: deleted[0] } : null;
  const made = change ?? (added[0] !== undefined ? { op: 'add' as const, clause: added[0] } : null);
  if (!made) return `${who} accepts an amendment that leaves the text as it was.`;
  const a = ctx.accepted(made.op, made.clause);
  const whose = !a
    ? 'an amendment'
    : a.proposer === step.actor
      ? 'its own amendment'
      : `${ctx.name(a.proposer)}'s amendment`;
  const verb = made.op === 'delete' ? 'deletes' : 'adds';
  const position = decision.positions.get(step.actor as MemberId) ?? DEFAULT_POSITION;
  const u0 = utilityOf(position, new Set(before));
  const u1 = utilityOf(position, new Set(step.text));
  const cost =
    u1 >= u0
      ? ': it costs the penholder nothing'
      : `, conceding ${num(u0 - u1)} (the text was worth ${num(u0)} to it, now ${num(u1)})`;
  return `${who} accepts ${whose} and ${verb} ${quoted(decision, made.clause)}${cost}.`;
}

function ballotWords(ctx: Context, ballot: BallotView | null): string {
  const { decision } = ctx;
  if (!ballot) return 'The President puts the text to the vote.';
  const o = ballot.outcome;
  const count = `${o.yes} in favour, ${o.no} against, ${o.abstain} abstaining`;
  if (ballot.amendmentId !== null) {
    const draft = ctx.result.state.drafts.find((d) => d.id === decision.id);
    const a = draft?.amendments.find((x) => x.id === ballot.amendmentId);
    const what = a ? `${ctx.name(a.proposer)}'s amendment to ${amendmentWords(decision, a)}` : 'an amendment';
    return `The President puts ${what} to the vote first (Rule 36): ${count}; the amendment is ${o.adopted ? 'adopted' : 'rejected'}.`;
  }
  return `The President puts the text to the vote. ${withClauseTexts(o.explanation, decision.clauses)}`;
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
