import { councilOn } from '../council/membership.ts';
import type { CouncilOptions } from '../council/seats.ts';
import { type EngineError, fail, ok, type Result } from '../errors.ts';
import type { ClauseId, IsoDate, MemberId } from '../ids.ts';
import { INSTRUMENTS, type Instrument } from '../rules/instrument.ts';
import type { CastVote, PositionOverride, VoteDistribution } from './position.ts';
import { councilBody, distributionProblem, memberOfBody, positionsFor } from './resolve.ts';
import type { Decision, Scenario } from './types.ts';

/** One field of a member's position and its new value (a fixed vote, or `null` to vote by the rules). */
export type PositionFieldEdit =
  | { readonly field: 'rejects' | 'requires'; readonly value: readonly ClauseId[] }
  | { readonly field: 'onRedLine'; readonly value: 'no' | 'abstain' }
  | { readonly field: 'values'; readonly value: Readonly<Record<string, number>> }
  | { readonly field: 'yesAt'; readonly value: number }
  | { readonly field: 'noBelow'; readonly value: number | null }
  | { readonly field: 'vote'; readonly value: CastVote | null };

/**
 * A what-if on a scenario: the edits the web app offers, as data. Decisions are named by id, so a
 * list of commands can be replayed on a fresh copy of the same file (undo, redo, links).
 */
export type ScenarioCommand =
  | { readonly type: 'toggle-clause'; readonly decision: string; readonly clause: ClauseId; readonly included: boolean }
  | { readonly type: 'set-tabled'; readonly decision: string; readonly clauses: readonly ClauseId[] }
  | { readonly type: 'set-instrument'; readonly decision: string; readonly instrument: Instrument }
  | { readonly type: 'set-date'; readonly decision: string; readonly date: string }
  | {
      readonly type: 'set-position';
      readonly decision: string;
      readonly member: MemberId;
      readonly edit: PositionFieldEdit;
    }
  | {
      readonly type: 'set-vote-distribution';
      readonly decision: string;
      readonly member: MemberId;
      readonly distribution: VoteDistribution;
    }
  | { readonly type: 'reset-position'; readonly decision: string; readonly member: MemberId };

/** What a command changed, for the caller to show, record or broadcast. */
export type ScenarioEvent =
  | { readonly type: 'tabled-changed'; readonly decision: string; readonly tabled: readonly ClauseId[] }
  | { readonly type: 'instrument-changed'; readonly decision: string; readonly instrument: Instrument }
  | { readonly type: 'date-changed'; readonly decision: string; readonly date: IsoDate }
  /** Positions removed because their members did not sit on the Council on the new date. */
  | { readonly type: 'positions-dropped'; readonly decision: string; readonly members: readonly string[] }
  | { readonly type: 'position-changed'; readonly decision: string; readonly member: MemberId }
  | { readonly type: 'position-reset'; readonly decision: string; readonly member: MemberId };

/** The scenario after a command, with what changed. */
export interface ScenarioTransition {
  readonly scenario: Scenario;
  readonly events: readonly ScenarioEvent[];
}

/**
 * Applies one what-if to a scenario and returns the new scenario with its events, or the reasons it
 * cannot apply (the scenario is then unchanged). Nothing is mutated.
 * @example applyScenarioCommand(libya, { type: 'toggle-clause', decision: 'formal-statement', clause: clauseId('name-lna'), included: false })
 */
export function applyScenarioCommand(
  scenario: Scenario,
  command: ScenarioCommand,
  options: CouncilOptions = {},
): Result<ScenarioTransition> {
  const index = scenario.decisions.findIndex((d) => d.id === command.decision);
  const decision = scenario.decisions[index];
  if (!decision) {
    const ids = scenario.decisions.map((d) => d.id).join(', ');
    return fail(invalid('scenario/unknown-decision', `no decision "${command.decision}" (decisions: ${ids})`));
  }
  const done = (next: Decision, events: ScenarioEvent[], positions = scenario.positions): Result<ScenarioTransition> =>
    ok({
      scenario: {
        ...scenario,
        decisions: scenario.decisions.map((d, i) => (i === index ? next : d)),
        ...(positions ? { positions } : {}),
      },
      events,
    });
  switch (command.type) {
    case 'toggle-clause': {
      const clause = decision.clauses.find((c) => c.id === command.clause);
      if (!clause) return fail(unknownClause(decision, command.clause));
      if (clause.fixed && !command.included)
        return fail(invalid('scenario/fixed-clause', `clause "${clause.id}" is fixed: it cannot be dropped`));
      const tabled = new Set(decision.tabled);
      if (command.included) tabled.add(clause.id);
      else tabled.delete(clause.id);
      return retable(decision, [...tabled], done);
    }
    case 'set-tabled': {
      const unknown = command.clauses.find((id) => !decision.clauses.some((c) => c.id === id));
      if (unknown !== undefined) return fail(unknownClause(decision, unknown));
      const dropped = decision.clauses.find((c) => c.fixed && !command.clauses.includes(c.id));
      if (dropped)
        return fail(invalid('scenario/fixed-clause', `clause "${dropped.id}" is fixed: it cannot be dropped`));
      return retable(decision, command.clauses, done);
    }
    case 'set-instrument':
      if (!INSTRUMENTS.includes(command.instrument))
        return fail(invalid('scenario/invalid', `unknown instrument "${command.instrument}"`));
      return done({ ...decision, instrument: command.instrument }, [
        { type: 'instrument-changed', decision: decision.id, instrument: command.instrument },
      ]);
    case 'set-date':
      return setDate(scenario, index, command.date, options);
    case 'set-position':
    case 'set-vote-distribution':
    case 'reset-position':
      return editPosition(scenario, decision, command, options, done);
    default: {
      const never: never = command;
      throw new Error(`unexpected scenario command ${JSON.stringify(never)}`);
    }
  }
}

type Done = (next: Decision, events: ScenarioEvent[], positions?: Scenario['positions']) => Result<ScenarioTransition>;

function retable(decision: Decision, included: readonly ClauseId[], done: Done): Result<ScenarioTransition> {
  // The text keeps the decision's clause order whatever order the clauses were named in.
  const tabled = decision.clauses.map((c) => c.id).filter((id) => included.includes(id));
  return done({ ...decision, tabled }, [{ type: 'tabled-changed', decision: decision.id, tabled }]);
}

function setDate(scenario: Scenario, index: number, date: string, options: CouncilOptions): Result<ScenarioTransition> {
  const decision = scenario.decisions[index]!;
  const body = decision.body;
  if (body.date === null || !isCouncilBody(decision))
    return fail(
      invalid('scenario/custom-body-date', 'a decision taken in a custom body has no Council date to change'),
    );
  const council = councilOn(date, options);
  if (!council.ok) return council;
  const nextBody = councilBody(council.value);
  const overrides = new Map<MemberId, PositionOverride>();
  const dropped: string[] = [];
  for (const [member, override] of overridesOf(decision)) {
    const next = memberOfBody(nextBody, member, options);
    if (next === null) dropped.push(member);
    else overrides.set(next, override);
  }
  // A scenario-level position must name a member of at least one decision's body (scenarios.md).
  const bodies = scenario.decisions.map((d, i) => (i === index ? nextBody : d.body));
  const scenarioLevel = new Map<string, PositionOverride>();
  for (const [code, position] of scenario.positions ?? new Map<string, PositionOverride>()) {
    if (bodies.some((b) => memberOfBody(b, code, options) !== null)) scenarioLevel.set(code, position);
    else if (!dropped.includes(code)) dropped.push(code);
  }
  const next: Decision = {
    ...decision,
    body: nextBody,
    overrides,
    positions: positionsFor(nextBody, decision.clauses, scenarioLevel, overrides, options),
  };
  const events: ScenarioEvent[] = [{ type: 'date-changed', decision: decision.id, date: council.value.date }];
  if (dropped.length > 0) events.push({ type: 'positions-dropped', decision: decision.id, members: dropped });
  return ok({
    scenario: {
      ...scenario,
      decisions: scenario.decisions.map((d, i) => (i === index ? next : d)),
      ...(scenario.positions ? { positions: scenarioLevel } : {}),
    },
    events,
  });
}

function editPosition(
  scenario: Scenario,
  decision: Decision,
  command: Extract<ScenarioCommand, { member: MemberId }>,
  options: CouncilOptions,
  done: Done,
): Result<ScenarioTransition> {
  const member = memberOfBody(decision.body, command.member, options);
  if (member === null)
    return fail({
      code: 'member/not-on-council',
      message: `${command.member} does not sit in decision "${decision.id}"'s body`,
      details: { member: command.member, decision: decision.id },
    });
  const overrides = new Map(overridesOf(decision));
  let event: ScenarioEvent = { type: 'position-changed', decision: decision.id, member };
  if (command.type === 'reset-position') {
    overrides.delete(member);
    event = { type: 'position-reset', decision: decision.id, member };
  } else {
    const problem =
      command.type === 'set-position'
        ? fieldProblem(decision, command.edit)
        : distributionProblem(command.distribution);
    if (problem !== null) return fail(invalid('position/invalid', `${member}: ${problem}`));
    const change: PositionOverride =
      command.type === 'set-position'
        ? { [command.edit.field]: command.edit.value }
        : { vote: { ...command.distribution } };
    overrides.set(member, { ...overrides.get(member), ...change });
  }
  const positions = positionsFor(decision.body, decision.clauses, scenario.positions ?? new Map(), overrides, options);
  return done({ ...decision, overrides, positions }, [event]);
}

function fieldProblem(decision: Decision, edit: PositionFieldEdit): string | null {
  switch (edit.field) {
    case 'rejects':
    case 'requires': {
      const unknown = edit.value.find((id) => !decision.clauses.some((c) => c.id === id));
      return unknown === undefined ? null : `unknown clause id "${unknown}" in ${edit.field}`;
    }
    case 'values': {
      const bad = Object.entries(edit.value).find(
        ([id, v]) => !decision.clauses.some((c) => c.id === id) || !Number.isFinite(v),
      );
      return bad ? `the value of "${bad[0]}" must be a number for a clause of the decision` : null;
    }
    case 'yesAt':
      return Number.isFinite(edit.value) ? null : 'yesAt must be a number';
    case 'noBelow':
      return edit.value === null || Number.isFinite(edit.value) ? null : 'noBelow must be a number or empty';
    case 'onRedLine':
      return edit.value === 'no' || edit.value === 'abstain' ? null : 'onRedLine must be no or abstain';
    case 'vote':
      return edit.value === null || ['yes', 'no', 'abstain', 'absent'].includes(edit.value)
        ? null
        : `vote must be yes, no, abstain or absent, not ${String(edit.value)}`;
    default: {
      const never: never = edit;
      throw new Error(`unexpected position field ${JSON.stringify(never)}`);
    }
  }
}

/** The decision's own position fields (the positions themselves for a decision built without them). */
function overridesOf(decision: Decision): ReadonlyMap<MemberId, PositionOverride> {
  return decision.overrides ?? decision.positions;
}

/** A Council body lists the Council's members on its date, in the Council's order. */
function isCouncilBody(decision: Decision): boolean {
  const date = decision.body.date;
  if (date === null) return false;
  const council = councilOn(date);
  return council.ok && council.value.members.map((m) => m.code).join() === decision.body.members.join();
}

function unknownClause(decision: Decision, id: string): EngineError {
  const defined = decision.clauses.map((c) => `"${c.id}"`).join(', ') || 'no clauses';
  return invalid('scenario/unknown-clause', `unknown clause id "${id}": decision "${decision.id}" defines ${defined}`);
}

function invalid(code: EngineError['code'], message: string): EngineError {
  return { code, message };
}
