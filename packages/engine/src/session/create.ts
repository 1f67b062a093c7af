import { councilOn } from '../council/membership.ts';
import type { CouncilOptions } from '../council/seats.ts';
import { type EngineError, fail, ok, type Result } from '../errors.ts';
import { type ClauseId, type IsoDate, isIsoDate } from '../ids.ts';
import type { Body, Decision, Scenario } from '../scenario/types.ts';
import { normalizeTime, stamp } from './apply.ts';
import type { CirculateDraftCommand, PositionVisibility, SessionClause } from './commands.ts';
import type { SessionBody, SessionEvent, UnstampedEvent } from './events.ts';
import { foldSessionEvents } from './evolve.ts';
import type { SessionState } from './state.ts';

/** What {@link createSession} needs. */
export interface CreateSessionInput {
  readonly id: string;
  readonly title: string;
  /** The session's date: the Council's composition on it (recorded only for a scenario's custom body). */
  readonly date: string;
  /** A loaded scenario (protocol's `parseScenario`): its decisions become circulated drafts. */
  readonly scenario?: Scenario;
  readonly options: CreateSessionOptions;
}

/** Options of {@link createSession}. */
export interface CreateSessionOptions {
  /** The time of creation, ISO date-time (`at` of the first events). */
  readonly now: string;
  /**
   * Who may see the positions a scenario gives members: `private` (default: each seat alone sees its
   * own, as if it had stated it privately) or `public` (every role sees them).
   */
  readonly scenarioPositions?: PositionVisibility;
  /**
   * `true` (default): every decision of the scenario is circulated at creation. `false`: none is; its
   * positions are still stated, and a script circulates each text when its time comes (see
   * {@link draftFromDecision}).
   */
  readonly circulateScenario?: boolean;
  /** Options of the composition (e.g. the threshold switch date). */
  readonly council?: CouncilOptions;
}

/**
 * Creates a session: `session-created` (seq 1) with its body, the Council on `date` or, when the scenario
 * has a custom `body`, that committee of any membership; then, for a scenario, one `draft-circulated`
 * per decision (actor `chair`, penholder the chair; the tabled text, the untabled clauses kept in
 * reserve, the fixed clauses named) and one `position-stated` per member position of each decision
 * (actor `system`, on that draft, `private` unless `options.scenarioPositions` is `public`).
 * Fails when the date has no Council, or a decision of the scenario sits in a different body.
 * @example createSession({ id: 's1', title: 'Libya', date: '2019-04-18', scenario, options: { now } })
 */
export function createSession(input: CreateSessionInput): Result<{ state: SessionState; events: SessionEvent[] }> {
  const now = normalizeTime(input.options.now);
  if (!isIsoDate(input.date)) return invalid(`date: "${input.date}" is not a date written YYYY-MM-DD`);
  if (input.title.trim() === '') return invalid('title: give the session a title');
  const custom = input.scenario?.decisions.find((d) => d.body.date === null)?.body;
  let body: SessionBody;
  if (custom) {
    body = fromBody(custom, true);
  } else {
    const council = councilOn(input.date, input.options.council);
    if (!council.ok) return fail(...council.errors.map((e) => ({ ...e, message: `date: ${e.message}` })));
    const c = council.value;
    body = {
      members: c.members.map((m) => ({ code: m.code, name: m.name, permanent: m.permanent })),
      threshold: c.threshold,
      custom: false,
    };
  }
  const events: UnstampedEvent[] = [
    {
      type: 'session-created',
      actor: 'system',
      sessionId: input.id,
      title: input.title,
      date: input.date as IsoDate,
      body,
    },
  ];
  const visibility = input.options.scenarioPositions ?? 'private';
  for (const [i, d] of (input.scenario?.decisions ?? []).entries()) {
    const mismatch = bodyMismatch(d, body);
    if (mismatch) return invalid(`scenario.decisions[${i}] (${d.id}): ${mismatch}`);
    if (input.options.circulateScenario !== false) {
      events.push({
        type: 'draft-circulated',
        actor: 'chair',
        draftId: d.id,
        penholder: null,
        ...draftFromDecision(d),
      });
    }
    for (const [member, position] of d.positions) {
      events.push({ type: 'position-stated', actor: 'system', member, position, visibility, draftId: d.id });
    }
  }
  const stamped = stamp(events, 0, now);
  return ok({ state: foldSessionEvents(stamped), events: stamped });
}

/**
 * A scenario decision as the fields of a `circulate-draft`: its instrument, the tabled text, the untabled
 * clauses in reserve and the fixed clauses (a clause without words is given its id as words).
 * @example { type: 'circulate-draft', draftId: d.id, ...draftFromDecision(d) }
 */
export function draftFromDecision(
  d: Decision,
): Pick<CirculateDraftCommand, 'instrument' | 'clauses'> & { reserve?: SessionClause[]; fixed?: ClauseId[] } {
  const clause = (c: Decision['clauses'][number]): SessionClause => ({ id: c.id, text: c.text ?? c.id });
  const fixed = d.clauses.filter((c) => c.fixed).map((c) => c.id);
  const reserve = d.clauses.filter((c) => !d.tabled.includes(c.id)).map(clause);
  return {
    instrument: d.instrument,
    clauses: d.clauses.filter((c) => d.tabled.includes(c.id)).map(clause),
    ...(reserve.length > 0 ? { reserve } : {}),
    ...(fixed.length > 0 ? { fixed } : {}),
  };
}

function fromBody(b: Body, custom: boolean): SessionBody {
  return {
    members: b.members.map((code) => ({ code, name: b.names[code] ?? code, permanent: b.permanent.includes(code) })),
    threshold: b.threshold,
    custom,
  };
}

function bodyMismatch(d: Decision, body: SessionBody): string | null {
  const same =
    d.body.threshold === body.threshold &&
    d.body.members.length === body.members.length &&
    d.body.members.every((m) => body.members.some((x) => x.code === m && x.permanent === d.body.permanent.includes(m)));
  return same ? null : `sits in a different body from the session's (${d.body.date ?? 'custom body'})`;
}

function invalid(message: string): Result<never> {
  const error: EngineError = { code: 'session/invalid', message };
  return fail(error);
}
