import { PERMANENT_SEAT_CODES } from '../council/permanent-members.ts';
import { type MemberId, memberId } from '../ids.ts';
import type { DecisionRule } from '../rules/instrument.ts';
import { decideVotes, type Outcome } from '../rules/outcome.ts';
import { isVoteValue, type VoteValue } from '../rules/vote.ts';

/** A synthetic body for rules tests: the five permanent members and `elected` seats `E1`…`En`. */
export interface TestBody {
  readonly members: readonly MemberId[];
  readonly permanent: readonly MemberId[];
  readonly threshold: number;
}

/** The permanent members' codes, in the Council's order. */
export const P5: readonly MemberId[] = PERMANENT_SEAT_CODES;

/**
 * A Council of the given size (15, or 11 before 1966) with elected seats named `E1`…`E10`.
 * @example createTestCouncil(11).threshold // 7
 */
export function createTestCouncil(size: 11 | 15 = 15): TestBody {
  const elected = Array.from({ length: size - 5 }, (_, i) => memberId(`E${i + 1}`));
  return { members: [...P5, ...elected], permanent: P5, threshold: size === 15 ? 9 : 7 };
}

const ABBREVIATIONS: Readonly<Record<string, VoteValue>> = {
  y: 'yes',
  n: 'no',
  a: 'abstain',
  np: 'not-participating',
  abs: 'absent',
  oa: 'obligatory-abstention',
};

/**
 * Parses a vote notation over a body: `USA:no CHN:abstain +9yes +1no` names members' votes, and
 * `+N<vote>` gives that vote to the next N unnamed members (elected seats first, then permanent).
 * Members given no vote are absent.
 * @example votesFrom('RUS:no +10yes', createTestCouncil())
 */
export function votesFrom(notation: string, body: TestBody): Map<MemberId, VoteValue> {
  const votes = new Map<MemberId, VoteValue>();
  const fillers: [number, VoteValue][] = [];
  for (const token of notation.trim().split(/\s+/).filter(Boolean)) {
    const bulk = /^\+(\d+)([a-z-]+)$/.exec(token);
    if (bulk) {
      fillers.push([Number(bulk[1]), voteValue(bulk[2] ?? '', token)]);
      continue;
    }
    const [code, value] = token.split(':');
    if (!code || !value) throw new Error(`bad vote token ${token}`);
    const member = memberId(code);
    if (!body.members.includes(member)) throw new Error(`unknown member ${code} in notation ${notation}`);
    votes.set(member, voteValue(value, token));
  }
  const unnamed = [
    ...body.members.filter((m) => !body.permanent.includes(m)),
    ...body.members.filter((m) => body.permanent.includes(m)),
  ].filter((m) => !votes.has(m));
  for (const [n, value] of fillers) {
    for (let i = 0; i < n; i++) {
      const m = unnamed.shift();
      if (!m) throw new Error(`notation ${notation} gives more votes than the body has members`);
      votes.set(m, value);
    }
  }
  return votes;
}

function voteValue(text: string, token: string): VoteValue {
  const v = ABBREVIATIONS[text] ?? text;
  if (!isVoteValue(v)) throw new Error(`bad vote ${text} in ${token}`);
  return v;
}

/**
 * Decides a notation on a test body under a substantive (default) or procedural rule.
 * @example outcomeOf('USA:no +9yes').reason // 'veto'
 */
export function outcomeOf(
  notation: string,
  options: { readonly body?: TestBody; readonly rule?: 'substantive' | 'procedural' } = {},
): Outcome {
  const body = options.body ?? createTestCouncil();
  const rule: DecisionRule =
    options.rule === 'procedural'
      ? { type: 'procedural', threshold: body.threshold }
      : { type: 'substantive', threshold: body.threshold, vetoHolders: body.permanent };
  return decideVotes(votesFrom(notation, body), body.members, rule);
}
