import type { Scenario } from '@horseshoe/engine';
import { draftFromDecision, parseActorName, type SessionActor, type SessionCommand } from '@horseshoe/engine/session';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { type FieldPath, locate } from '../scenario/locate.ts';
import type { ScenarioError } from '../scenario/parse.ts';
import { DateSchema } from '../scenario/schema.ts';
import { fieldErrorOf, SessionCommandSchema, toEngineCommand } from './commands.ts';

// A session script (docs/sessions.md, "Session scripts"): a session's creation and a list of steps, each
// a command by an actor at a time, or a tick of the clock. `horseshoe session replay` runs it.

const DateTime = z.iso.datetime({ offset: true, error: 'expected an ISO date-time, e.g. 2019-04-05T15:00:00Z' });

/** The top of a script file. */
export const SessionScriptSchema = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(1),
  date: DateSchema,
  scenario: z.string().min(1).optional().meta({ description: 'A scenario file, relative to the script.' }),
  scenarioPositions: z.enum(['private', 'public']).optional(),
  scenarioDrafts: z.enum(['at-creation', 'on-step']).optional(),
  start: DateTime.optional(),
  steps: z.array(z.record(z.string(), z.unknown())),
});

const StepHeaderSchema = z.object({
  at: DateTime.optional(),
  actor: z.string().optional(),
  note: z.string().optional(),
  expect: z.strictObject({ refused: z.string().min(1) }).optional(),
  tick: z.literal(true).optional(),
  fromScenario: z.literal(true).optional(),
});
const HEADER_KEYS = ['at', 'actor', 'note', 'expect', 'tick', 'fromScenario'];

/** One step: a command by an actor, or (no actor, no command) the clock running to `at`. */
export interface ScriptStep {
  readonly index: number;
  /** The step's line in the file (from 1). */
  readonly line: number;
  readonly at: string;
  readonly actor: SessionActor | null;
  readonly command: SessionCommand | null;
  readonly note: string | null;
  /** The refusal code the step expects, when it shows a refusal on purpose. */
  readonly expectRefused: string | null;
}

/** A checked session script. */
export interface SessionScript {
  readonly title: string;
  readonly date: string;
  readonly scenario: Scenario | null;
  readonly scenarioPositions: 'private' | 'public';
  readonly circulateScenario: boolean;
  readonly start: string;
  readonly steps: readonly ScriptStep[];
}

/** Loads the scenario a script names (the caller does the I/O): a scenario, or the errors of its file. */
export type ScenarioLoader = (
  path: string,
) => { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly message: string };

/**
 * Checks a session script (YAML or JSON) and turns its steps into the engine's commands. Every error is
 * returned with its line, column and field (`steps[3].draftId`); never throws for bad input.
 * @example parseSessionScript(text, 'cases/sessions/libya-2019.session.yaml', loadScenario)
 */
export function parseSessionScript(
  text: string,
  fileName: string,
  loadScenario: ScenarioLoader,
): { readonly ok: true; readonly script: SessionScript } | { readonly ok: false; readonly errors: ScenarioError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors: ScenarioError[] = [];
  const err = (path: FieldPath, message: string, atKey = false) => {
    const { line, column } = locate(doc, lineCounter, path, atKey);
    errors.push({ file: fileName, line, column, path: writeFieldPath(path), message });
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
      errors.push({
        file: fileName,
        line: pos.line,
        column: pos.col,
        path: '',
        message: e.message.split('\n')[0] ?? '',
      });
    }
    return { ok: false, errors };
  }
  let data: unknown;
  try {
    // yaml refuses a document whose aliases expand past this count (an "alias bomb"): an error of the file.
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    errors.push({ file: fileName, line: 1, column: 1, path: '', message });
    return { ok: false, errors };
  }
  const top = SessionScriptSchema.safeParse(data);
  if (!top.success) {
    const e = fieldErrorOf(top.error, data);
    err(e.path, e.message, e.message.startsWith('unknown field'));
    return { ok: false, errors };
  }
  const script = top.data;
  let scenario: Scenario | null = null;
  if (script.scenario !== undefined) {
    const loaded = loadScenario(script.scenario);
    if (loaded.ok) scenario = loaded.scenario;
    else err(['scenario'], loaded.message);
  }
  const start = script.start ?? `${script.date}T00:00:00Z`;
  let clock = Date.parse(start);
  const steps: ScriptStep[] = [];
  for (const [index, raw] of script.steps.entries()) {
    const at =
      (...field: (string | number)[]) =>
      (message: string, atKey = false) =>
        err(['steps', index, ...field], message, atKey);
    const header = StepHeaderSchema.safeParse(raw);
    if (!header.success) {
      const e = fieldErrorOf(header.error, raw);
      at(...e.path)(e.message);
      continue;
    }
    const h = header.data;
    const time = h.at ?? new Date(clock).toISOString();
    if (Date.parse(time) < clock)
      at('at')(`${time} is earlier than the step before (${new Date(clock).toISOString()})`);
    clock = Math.max(clock, Date.parse(time));
    const line = locate(doc, lineCounter, ['steps', index]).line;
    const body = Object.fromEntries(Object.entries(raw).filter(([k]) => !HEADER_KEYS.includes(k)));
    const base = { index, line, at: time, note: h.note ?? null, expectRefused: h.expect?.refused ?? null };
    if (h.tick) {
      if (Object.keys(body).length > 0 || h.actor !== undefined) at('tick')('a tick step has no actor and no command');
      else steps.push({ ...base, actor: null, command: null });
      continue;
    }
    const actor = h.actor === undefined ? null : parseActorName(h.actor);
    if (actor === null) {
      at('actor')(
        h.actor === undefined ? 'required field is missing' : `"${h.actor}" is not chair, gallery or seat:CODE`,
      );
      continue;
    }
    const filled = h.fromScenario ? fromScenario(body, scenario, at) : body;
    if (filled === null) continue;
    const parsed = SessionCommandSchema.safeParse({ commandId: `step-${index + 1}`, ...filled });
    if (!parsed.success) {
      const e = fieldErrorOf(parsed.error, filled);
      at(...e.path)(e.message, e.message.startsWith('unknown field'));
      continue;
    }
    steps.push({ ...base, actor, command: toEngineCommand(parsed.data) });
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) };
  return {
    ok: true,
    script: {
      title: script.title,
      date: script.date,
      scenario,
      scenarioPositions: script.scenarioPositions ?? 'private',
      circulateScenario: script.scenarioDrafts !== 'on-step',
      start: new Date(Date.parse(start)).toISOString(),
      steps,
    },
  };
}

/** A `circulate-draft` step with `fromScenario: true`: instrument, text, reserve and fixed clauses from the scenario. */
function fromScenario(
  body: Record<string, unknown>,
  scenario: Scenario | null,
  at: (...field: (string | number)[]) => (message: string) => void,
): Record<string, unknown> | null {
  if (body.type !== 'circulate-draft') {
    at('fromScenario')('only a circulate-draft step takes its text from the scenario');
    return null;
  }
  if (scenario === null) {
    at('fromScenario')('the script names no scenario (scenario: FILE)');
    return null;
  }
  const decision = scenario.decisions.find((d) => d.id === body.draftId);
  if (!decision) {
    at('draftId')(
      `the scenario has no decision "${String(body.draftId)}": ${scenario.decisions.map((d) => d.id).join(', ')}`,
    );
    return null;
  }
  return { ...draftFromDecision(decision), ...body };
}

function writeFieldPath(path: FieldPath): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out === '' ? p : `${out}.${p}`), '');
}
