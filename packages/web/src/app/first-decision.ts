import type { DecisionEvaluation } from '@horseshoe/engine';

/**
 * The decision a case opens on: the one the file names in `open:`, if any; else the most contested one, so that a newcomer first sees a text that
 * fails and why. Among decisions that fail, the one with the most members not voting yes (the first
 * on a tie); when every decision passes, the one with the most members not voting yes; else the first.
 * @example firstDecision(evaluations) // 2 for the Libya case: the vetoed British draft
 */
export function firstDecision(evaluations: readonly DecisionEvaluation[], open?: string): number {
  const chosen = open === undefined ? -1 : evaluations.findIndex((e) => e.decision.id === open);
  if (chosen >= 0) return chosen;
  let best = 0;
  let bestScore = -1;
  evaluations.forEach((e, i) => {
    const dissent = e.votes.filter((v) => v.vote !== 'yes').length;
    const score = (e.passed ? 0 : 1000) + dissent;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
