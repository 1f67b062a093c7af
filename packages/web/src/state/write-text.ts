import {
  type Decision,
  type MemberId,
  memberOfBody,
  POSITION_FIELDS,
  type PositionOverride,
  type Scenario,
} from '@horseshoe/engine';
import { editText, type FileFormat, type KeyPath, type TextEditor } from './edit-text.ts';

/** A scenario file's text and format. */
export interface ScenarioText {
  readonly text: string;
  readonly format: FileFormat;
}

/**
 * Writes the what-ifs applied to a scenario into its file: `base` is the scenario the text loads to,
 * `current` the same scenario after the engine applied the commands. Only what changed is written
 * (instrument, tabled text, date, the changed fields of the decisions' own positions, scenario-level
 * positions the engine removed), so the rest of the file and its comments stay as they were.
 * @example writeScenarioText(file, loaded, applyScenarioCommand(loaded, command).value.scenario)
 */
export function writeScenarioText(file: ScenarioText, base: Scenario, current: Scenario): string {
  return editText(file.text, file.format, (e) => {
    current.decisions.forEach((now, i) => {
      const before = base.decisions[i];
      if (!before || before.id !== now.id) throw new Error(`decision ${i} is ${now.id}, not ${before?.id} in the file`);
      writeDecision(e, ['decisions', i], before, now);
    });
    const kept = current.positions ?? new Map<string, PositionOverride>();
    for (const code of base.positions?.keys() ?? []) if (!kept.has(code)) e.remove(['positions', code]);
    removeIfEmpty(e, ['positions']);
  });
}

function writeDecision(e: TextEditor, at: KeyPath, before: Decision, now: Decision): void {
  if (now.instrument !== before.instrument) e.set([...at, 'instrument'], now.instrument);
  if (now.tabled.join('\u0000') !== before.tabled.join('\u0000')) e.set([...at, 'tabled'], [...now.tabled]);
  if (now.body.date !== null && now.body.date !== before.body.date) e.set([...at, 'date'], now.body.date);
  const was = before.overrides ?? before.positions;
  const is = now.overrides ?? now.positions;
  const keys = Object.keys(asRecord(e.get([...at, 'positions'])));
  // The file may name a member by another code (`rus`, `SUN`): edit the key it already has.
  const keyOf = (member: MemberId) =>
    keys.find((k) => memberOfBody(before.body, k) === member || memberOfBody(now.body, k) === member) ?? member;
  for (const member of new Set([...was.keys(), ...is.keys()])) {
    const path = [...at, 'positions', keyOf(member)];
    const next = is.get(member);
    if (next === undefined) {
      e.remove(path);
      continue;
    }
    const prev = was.get(member) ?? {};
    for (const field of POSITION_FIELDS) {
      if (same(prev[field], next[field])) continue;
      if (next[field] === undefined) e.remove([...path, field]);
      else e.set([...path, field], plain(next[field]));
    }
  }
  removeIfEmpty(e, [...at, 'positions']);
}

function removeIfEmpty(e: TextEditor, path: KeyPath): void {
  const value = e.get(path);
  if (value !== undefined && Object.keys(asRecord(value)).length === 0) e.remove(path);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function plain(value: unknown): unknown {
  return Array.isArray(value) ? [...value] : typeof value === 'object' && value !== null ? { ...value } : value;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
