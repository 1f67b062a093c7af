import { assertNever } from '../errors.ts';
import { isStrategyName, STRATEGY_NAMES } from '../negotiation/strategies.ts';
import { INSTRUMENTS } from '../rules/instrument.ts';
import type { Position } from '../scenario/position.ts';
import type { SessionClause, SessionCommand } from './commands.ts';
import { goodId, goodText } from './context.ts';
import { invalid } from './refusals.ts';
import type { SessionRefusal, SessionState } from './state.ts';

/** The longest timer, in seconds (a day). */
export const MAX_TIMER_SECONDS = 86_400;

/**
 * The 400 checks of a command's fields, naming the field. Protocol's schemas check the wire shape; these
 * checks hold for any caller of the engine (ids, texts, fields an `op` needs, times, members).
 */
export function fieldRefusal(state: SessionState, c: SessionCommand): SessionRefusal | null {
  if (!goodId(c.commandId)) return invalid('commandId', 'expected a non-empty id');
  if (c.expectedVersion !== undefined && !(Number.isInteger(c.expectedVersion) && c.expectedVersion >= 0)) {
    return invalid('expectedVersion', 'expected a whole number ≥ 0');
  }
  const fields = c as unknown as Readonly<Record<string, unknown>>;
  for (const key of ['draftId', 'amendmentId', 'voteId'] as const) {
    if (fields[key] !== undefined && !goodId(fields[key])) {
      return invalid(key, 'expected a non-empty id without surrounding spaces');
    }
  }
  switch (c.type) {
    case 'circulate-draft':
      if (!INSTRUMENTS.includes(c.instrument))
        return invalid('instrument', `expected one of ${INSTRUMENTS.join(', ')}`);
      if (c.clauses.length === 0) return invalid('clauses', 'a draft needs at least one clause');
      return clausesRefusal(c.clauses) ?? extrasRefusal(c.clauses, c.reserve ?? [], c.fixed ?? []);
    case 'propose-amendment':
      if (c.clause !== undefined) {
        const bad = clauseRefusal(c.clause, 'clause');
        if (bad) return bad;
      }
      if (c.op === 'add') return c.clause === undefined ? invalid('clause', 'op add needs the clause to add') : null;
      if (c.clauseId === undefined || !goodId(c.clauseId)) return invalid('clauseId', `op ${c.op} names the clause`);
      if (c.op === 'delete' && c.clause !== undefined) return invalid('clause', 'op delete takes no clause');
      if (c.op === 'replace' && c.clause === undefined) return invalid('clause', 'op replace needs the new clause');
      return null;
    case 'state-position':
      if (c.visibility !== 'private' && c.visibility !== 'public') return invalid('visibility', 'private or public');
      return positionRefusal(c.position);
    case 'object':
    case 'break-silence':
      return goodText(c.reason) ? null : invalid('reason', 'give a reason');
    case 'put-under-silence':
      return Number.isFinite(Date.parse(c.until)) && /T/.test(c.until)
        ? null
        : invalid('until', `"${c.until}" is not an ISO date-time (e.g. 2019-04-06T12:00:00Z)`);
    case 'open-vote':
      return c.draftId === undefined && c.amendmentId === undefined
        ? invalid('draftId', 'name the draft (draftId) or the amendment (amendmentId) put to the vote')
        : null;
    case 'cast-vote':
      return ['yes', 'no', 'abstain'].includes(c.vote) ? null : invalid('vote', 'expected yes, no or abstain');
    case 'explain-vote':
      return goodText(c.text) ? null : invalid('text', 'give the explanation');
    case 'give-floor':
      if (c.seat !== undefined && !state.body.members.some((m) => m.code === c.seat)) {
        return invalid('seat', `${c.seat} is not a member of this session`);
      }
      return null;
    case 'assign-ai':
      if (c.strategy !== undefined && !isStrategyName(c.strategy)) {
        return invalid('strategy', `expected one of ${STRATEGY_NAMES.join(', ')}`);
      }
      return memberRefusal(state, c.seat);
    case 'release-ai':
      return memberRefusal(state, c.seat);
    case 'set-timer':
      return Number.isInteger(c.seconds) && c.seconds > 0 && c.seconds <= MAX_TIMER_SECONDS
        ? null
        : invalid('seconds', `expected a whole number of seconds from 1 to ${MAX_TIMER_SECONDS}`);
    case 'accept-amendment':
    case 'withdraw-objection':
    case 'adopt-by-consensus':
    case 'close-vote':
    case 'inscribe-speaker':
    case 'withdraw-draft':
    case 'withdraw-amendment':
    case 'end-session':
      return null;
    default:
      return assertNever(c);
  }
}

function memberRefusal(state: SessionState, seat: string): SessionRefusal | null {
  return state.body.members.some((m) => m.code === seat)
    ? null
    : invalid('seat', `${seat} is not a member of this session`);
}

function clausesRefusal(clauses: readonly SessionClause[]): SessionRefusal | null {
  const seen = new Set<string>();
  for (const [i, clause] of clauses.entries()) {
    const bad = clauseRefusal(clause, `clauses[${i}]`);
    if (bad) return bad;
    if (seen.has(clause.id)) return invalid(`clauses[${i}].id`, `duplicate clause id "${clause.id}"`);
    seen.add(clause.id);
  }
  return null;
}

function extrasRefusal(
  clauses: readonly SessionClause[],
  reserve: readonly SessionClause[],
  fixed: readonly string[],
): SessionRefusal | null {
  const ids = new Set(clauses.map((c) => c.id));
  for (const [i, clause] of reserve.entries()) {
    const bad = clauseRefusal(clause, `reserve[${i}]`);
    if (bad) return bad;
    if (ids.has(clause.id))
      return invalid(`reserve[${i}].id`, `clause "${clause.id}" is already in the text or the reserve`);
    ids.add(clause.id);
  }
  for (const [i, id] of fixed.entries()) {
    if (!clauses.some((c) => c.id === id)) return invalid(`fixed[${i}]`, `"${id}" is not a clause of the text`);
  }
  return null;
}

function clauseRefusal(clause: SessionClause, field: string): SessionRefusal | null {
  if (!goodId(clause.id)) return invalid(`${field}.id`, 'expected a non-empty clause id');
  if (!goodText(clause.text)) return invalid(`${field}.text`, 'expected the clause’s words');
  return null;
}

function positionRefusal(p: Position): SessionRefusal | null {
  if (!Number.isFinite(p.yesAt)) return invalid('position.yesAt', 'expected a number');
  if (p.noBelow !== null && !Number.isFinite(p.noBelow)) return invalid('position.noBelow', 'expected a number');
  for (const [id, v] of Object.entries(p.values)) {
    if (!Number.isFinite(v)) return invalid(`position.values.${id}`, 'expected a number');
  }
  if (p.vote !== null && typeof p.vote === 'object') {
    const sum = p.vote.yes + p.vote.no + p.vote.abstain + p.vote.absent;
    if (Object.values(p.vote).some((x) => !(x >= 0 && x <= 1)) || Math.abs(sum - 1) > 1e-9) {
      return invalid('position.vote', 'a distribution’s probabilities are in [0, 1] and sum to 1');
    }
  }
  return null;
}
