import { type CastVote, formatDistribution, type VoteDistribution } from '@horseshoe/engine';

/** How a seat is drawn: a vote, or `uncertain` for a member whose vote is a distribution. */
export type VoteKind = CastVote | 'uncertain';

/** Every kind, in legend order. */
export const VOTE_KINDS: readonly VoteKind[] = ['yes', 'no', 'abstain', 'absent', 'uncertain'];

/** The icon drawn on a seat; with the label it carries the vote without relying on colour. */
export const VOTE_ICON: Readonly<Record<VoteKind, string>> = {
  yes: '✓',
  no: '✗',
  abstain: '–',
  absent: '○',
  uncertain: '?',
};

/** The word for each kind. */
export const VOTE_LABEL: Readonly<Record<VoteKind, string>> = {
  yes: 'Yes',
  no: 'No',
  abstain: 'Abstain',
  absent: 'Absent',
  uncertain: 'Uncertain',
};

/** The seat's kind for a predicted vote (fixed vote or distribution). */
export function voteKind(vote: CastVote | VoteDistribution): VoteKind {
  if (typeof vote === 'string') return vote;
  const certain = (Object.entries(vote) as [CastVote, number][]).find(([, p]) => p === 1);
  return certain ? certain[0] : 'uncertain';
}

/** "Yes", or "Uncertain (yes 60%, no 40%)" for a distribution. */
export function voteText(vote: CastVote | VoteDistribution): string {
  const kind = voteKind(vote);
  if (kind !== 'uncertain' || typeof vote === 'string') return VOTE_LABEL[kind];
  return `Uncertain (${formatDistribution(vote)})`;
}

/** The probability of a yes vote, in whole percent, for the badge on an uncertain seat. */
export function yesPercent(vote: CastVote | VoteDistribution): number {
  if (typeof vote === 'string') return vote === 'yes' ? 100 : 0;
  return Math.round(vote.yes * 100);
}
