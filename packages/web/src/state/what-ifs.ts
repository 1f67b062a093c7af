import {
  type CastVote,
  type ClauseId,
  councilOn,
  type Instrument,
  resolveMemberCode,
  type Scenario,
  type VoteDistribution,
} from '@horseshoe/engine';
import { editText, type FileFormat } from './edit-text.ts';

/** A field of a member's position and the value written to the scenario file for it. */
export type PositionEdit =
  | { readonly field: 'rejects' | 'requires'; readonly value: readonly string[] }
  | { readonly field: 'onRedLine'; readonly value: 'no' | 'abstain' }
  | { readonly field: 'values'; readonly value: Readonly<Record<string, number>> }
  | { readonly field: 'yesAt'; readonly value: number }
  | { readonly field: 'noBelow'; readonly value: number | null }
  | { readonly field: 'vote'; readonly value: CastVote | VoteDistribution | null };

/** A scenario file's text and format, the thing every what-if rewrites. */
export interface ScenarioText {
  readonly text: string;
  readonly format: FileFormat;
}

/**
 * Puts a clause in or out of a decision's text by rewriting its `tabled` list, in clause order.
 * @example toggleClause(file, scenario, 1, clauseId('name-lna'), true)
 */
export function toggleClause(
  file: ScenarioText,
  scenario: Scenario,
  index: number,
  clause: ClauseId,
  included: boolean,
): string {
  const decision = scenarioDecision(scenario, index);
  const tabled = new Set(decision.tabled);
  if (included) tabled.add(clause);
  else tabled.delete(clause);
  const next = decision.clauses.map((c) => c.id).filter((id) => tabled.has(id));
  return editText(file.text, file.format, (e) => e.set(['decisions', index, 'tabled'], next));
}

/** Switches a decision to another instrument. */
export function setInstrument(file: ScenarioText, index: number, instrument: Instrument): string {
  return editText(file.text, file.format, (e) => e.set(['decisions', index, 'instrument'], instrument));
}

/** A date change, with the positions it had to drop because their members were not on the Council. */
export interface DateChange {
  readonly text: string;
  /** Member codes whose positions were removed (not on the Council that day, nor in another decision). */
  readonly dropped: readonly string[];
}

/**
 * Moves a decision to another date, so that it is taken by the Council of that day. Positions of
 * members who did not sit on that day are removed (a scenario may not name non-members): the
 * decision's own, and scenario-level ones that no other decision's body still has.
 */
export function setDecisionDate(file: ScenarioText, scenario: Scenario, index: number, date: string): DateChange {
  const council = councilOn(date);
  // Without a Council that day (a date out of range) nothing is dropped: the loader reports the date.
  const onCouncil = (code: string) => !council.ok || resolveMemberCode(council.value, code) !== null;
  const elsewhere = new Set(scenario.decisions.filter((_, i) => i !== index).flatMap((d) => d.body.members));
  const dropped: string[] = [];
  const text = editText(file.text, file.format, (e) => {
    e.set(['decisions', index, 'date'], date);
    for (const code of Object.keys(asRecord(e.get(['decisions', index, 'positions'])))) {
      if (onCouncil(code)) continue;
      e.remove(['decisions', index, 'positions', code]);
      dropped.push(code);
    }
    for (const code of Object.keys(asRecord(e.get(['positions'])))) {
      if (onCouncil(code) || elsewhere.has(code as never)) continue;
      e.remove(['positions', code]);
      if (!dropped.includes(code)) dropped.push(code);
    }
  });
  return { text, dropped };
}

/** Writes one field of a member's position on one decision (a decision-level override). */
export function editPosition(file: ScenarioText, index: number, code: string, edit: PositionEdit): string {
  return editText(file.text, file.format, (e) =>
    e.set(['decisions', index, 'positions', code, edit.field], edit.value),
  );
}

/** Removes a member's decision-level override, back to its scenario-level position. */
export function resetPosition(file: ScenarioText, index: number, code: string): string {
  return editText(file.text, file.format, (e) => {
    e.remove(['decisions', index, 'positions', code]);
    const rest = asRecord(e.get(['decisions', index, 'positions']));
    if (Object.keys(rest).length === 0) e.remove(['decisions', index, 'positions']);
  });
}

function scenarioDecision(scenario: Scenario, index: number) {
  const decision = scenario.decisions[index];
  if (!decision) throw new Error(`no decision at index ${index} (the scenario has ${scenario.decisions.length})`);
  return decision;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Replaces a decision's tabled text with the given clauses (for example a text the search found). */
export function setTabled(file: ScenarioText, index: number, clauses: readonly string[]): string {
  return editText(file.text, file.format, (e) => e.set(['decisions', index, 'tabled'], [...clauses]));
}
