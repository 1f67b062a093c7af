import { type CastVote, type ClauseId, type Decision, type DecisionEvaluation, modalVote } from '@horseshoe/engine';
import type { NegotiationResult } from '@horseshoe/engine/negotiation';
import { reasonPhrase } from '../../words/sentences.ts';
import { type BallotView, evaluationAt } from './frame-view.ts';

/** What the words of a step need from the talks: names, predicted votes, the session's amendments and votes. */
export interface Context {
  readonly decision: Decision;
  readonly result: NegotiationResult;
  readonly name: (code: string) => string;
  /** Each member's predicted vote and reason on a text (evaluations cached by text). */
  readonly stance: (code: string, text: readonly ClauseId[]) => { vote: CastVote; phrase: string } | null;
  readonly nextProposal: (actor: string) => Amendment | null;
  readonly accepted: (op: 'add' | 'delete', clause: ClauseId) => Amendment | null;
  readonly withdrawn: (actor: string) => Amendment | null;
  /** True when the member stated its position before in the talks. */
  readonly restating: (actor: string) => boolean;
  readonly nextVote: () => BallotView | null;
}

/** An amendment as the session keeps it. */
export type Amendment = NegotiationResult['state']['drafts'][number]['amendments'][number];

/** The context of a negotiation's frames, read in order: each lookup consumes what it found. */
export function contextOf(decision: Decision, result: NegotiationResult): Context {
  const cache = new Map<string, DecisionEvaluation>();
  const draft = result.state.drafts.find((d) => d.id === decision.id);
  const amendments = draft?.amendments ?? [];
  let proposals = 0;
  const used = new Set<string>();
  let votes = 0;
  const stated = new Set<string>();
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
    // A member's withdrawn amendments, in the order it proposed them (it withdraws what no longer wins it).
    withdrawn: (actor) => {
      const a = amendments.find((x) => x.status === 'withdrawn' && x.proposer === actor && !used.has(x.id));
      if (a) used.add(a.id);
      return a ?? null;
    },
    restating: (actor) => {
      const again = stated.has(actor);
      stated.add(actor);
      return again;
    },
    nextVote: () => {
      const v = result.state.votes[votes];
      votes += 1;
      return v?.votes && v.outcome ? { amendmentId: v.amendmentId, votes: v.votes, outcome: v.outcome } : null;
    },
  };
}
