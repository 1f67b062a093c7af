import type { ClauseId, Decision } from '@horseshoe/engine';
import type { NegotiationResult, NegotiationStep } from '@horseshoe/engine/negotiation';
import { contextOf } from './frame-context.ts';
import { type BallotView, type NegotiationFrame, stageOf } from './frame-view.ts';
import { ballotWords, stepWords } from './step-words.ts';

export { type BallotView, evaluationAt, type NegotiationFrame, stageOf } from './frame-view.ts';

// The step-by-step view of a negotiation (issue 15, item 4): the engine's transcript (one step per
// session command) as frames a person steps through. A ballot (the chair opens the vote, every seat
// casts, the chair closes it) is one frame; every other command is a frame of its own. Each frame says
// in words what happened, from the engine's data: the text before and after, the amendments and votes
// of the session at the end, and each member's predicted vote on the text on the table.

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
