import {
  type ClauseId,
  DEFAULT_POSITION,
  type Decision,
  isConsensusInstrument,
  type MemberId,
  utilityOf,
} from '@horseshoe/engine';
import type { NegotiationStep } from '@horseshoe/engine/negotiation';
import { clauseLabel, instrumentWithArticle, voteVerb, withClauseTexts } from '../../words/sentences.ts';
import type { Amendment, Context } from './frame-context.ts';
import type { BallotView } from './frame-view.ts';

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

/** What a step (one command) did, in plain words; `before` is the text before it. */
export function stepWords(ctx: Context, step: NegotiationStep, before: readonly ClauseId[]): string {
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
    case 'withdraw-amendment': {
      const a = ctx.withdrawn(step.actor);
      return a ? `${who} withdraws its amendment to ${amendmentWords(decision, a)}.` : `${who} withdraws an amendment.`;
    }
    case 'state-position':
      return `${who} ${ctx.restating(step.actor) ? 'restates' : 'states'} its position: ${redLines(decision, step.actor)}.`;
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

/** What a ballot did, in plain words. */
export function ballotWords(ctx: Context, ballot: BallotView | null): string {
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
