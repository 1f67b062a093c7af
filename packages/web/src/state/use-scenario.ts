import {
  applyScenarioCommand,
  type Decision,
  type DecisionEvaluation,
  type EngineError,
  evaluateDecision,
  type Scenario,
  type ScenarioCommand,
  type ScenarioEvent,
} from '@horseshoe/engine';
import { parseScenario, type ScenarioError } from '@horseshoe/protocol';
import { useMemo, useRef, useState } from 'react';
import { formatOf } from './edit-text.ts';
import { type Replayed, replayFrom } from './scenario-commands.ts';
import { type ScenarioText, writeScenarioText } from './write-text.ts';

/** The scenario file open in the app, and the what-ifs applied to it that are not yet in its text. */
export interface ScenarioSource {
  readonly fileName: string;
  /** The file's text as last written (opened, edited, or with the what-ifs written into it). */
  readonly text: string;
  /** The text as opened, for "undo all changes". */
  readonly original: string;
  /** The case library file it came from, if any. */
  readonly caseFile: string | null;
  /** The what-if commands applied to the text's scenario, oldest first. */
  readonly commands: readonly ScenarioCommand[];
  /** How many times the text or the commands changed since the file was opened. */
  readonly revision: number;
}

/** The scenario as the app shows it: the file's errors, or its evaluation by the engine. */
export interface ScenarioState {
  readonly file: ScenarioText;
  readonly errors: readonly ScenarioError[];
  /** The text's scenario (the last valid one while the text has errors), before the what-ifs. */
  readonly base: Scenario | null;
  /** The scenario shown: {@link base} with the what-if commands applied. */
  readonly scenario: Scenario | null;
  /** True when the text parses (what-ifs are only offered then, so they can be written into it). */
  readonly current: boolean;
  /** What-ifs that no longer apply after the text changed, with the engine's reasons. */
  readonly refused: readonly { readonly command: ScenarioCommand; readonly errors: readonly EngineError[] }[];
  readonly evaluations: readonly DecisionEvaluation[];
  /** Time taken to load, apply the what-ifs and evaluate, in milliseconds. */
  readonly ms: number;
}

const NO_ERRORS: readonly ScenarioError[] = [];

/**
 * Loads the text with `@horseshoe/protocol`, applies the what-if commands with the engine and
 * evaluates every decision. Nothing here decides an outcome or a rule: the engine does.
 */
export function useScenario(source: ScenarioSource | null): ScenarioState | null {
  const lastGood = useRef<{ opened: string; base: Scenario } | null>(null);
  const parsedFor = useRef<{ text: string; fileName: string; result: ReturnType<typeof parseScenario> } | null>(null);
  // A what-if changes one decision: the others keep their object and their evaluation (and so their panels).
  const evaluated = useRef(new WeakMap<Decision, DecisionEvaluation>());
  const replayedFor = useRef<{ base: Scenario; commands: readonly ScenarioCommand[]; result: Replayed } | null>(null);
  return useMemo(() => {
    if (!source) return null;
    const t0 = performance.now();
    // A command changes only the list, not the text: parse the text once per text.
    const cached = parsedFor.current;
    const parsed =
      cached && cached.text === source.text && cached.fileName === source.fileName
        ? cached.result
        : parseScenario(source.text, source.fileName);
    parsedFor.current = { text: source.text, fileName: source.fileName, result: parsed };
    const file: ScenarioText = { text: source.text, format: formatOf(source.fileName) };
    // The last valid version stands in only for the same opened file, never for another one.
    const opened = `${source.fileName}\u0000${source.original}`;
    if (parsed.ok) lastGood.current = { opened, base: parsed.scenario };
    const base = parsed.ok ? parsed.scenario : lastGood.current?.opened === opened ? lastGood.current.base : null;
    const replayed = base ? replayFrom(replayedFor.current, base, source.commands) : null;
    replayedFor.current = base && replayed ? { base, commands: source.commands, result: replayed } : null;
    const scenario = replayed?.scenario ?? null;
    const evaluations = scenario ? scenario.decisions.map((d) => evaluateOnce(evaluated.current, d)) : [];
    return {
      file,
      errors: parsed.ok ? NO_ERRORS : parsed.errors,
      base,
      scenario,
      current: parsed.ok,
      refused: replayed?.refused ?? [],
      evaluations,
      ms: performance.now() - t0,
    };
  }, [source]);
}

/** The decision's evaluation, computed once per decision object (the engine's values are immutable). */
function evaluateOnce(cache: WeakMap<Decision, DecisionEvaluation>, decision: Decision): DecisionEvaluation {
  const known = cache.get(decision);
  if (known) return known;
  const evaluation = evaluateDecision(decision);
  cache.set(decision, evaluation);
  return evaluation;
}

/** What {@link useSource}'s `apply` answers: the command's events, or why the engine refused it. */
export type ApplyResult =
  | { readonly ok: true; readonly events: readonly ScenarioEvent[] }
  | { readonly ok: false; readonly errors: readonly EngineError[] };

/**
 * The open file, its scenario as shown, and the actions on it. `apply` runs a what-if command through
 * the engine on the scenario shown and keeps it only when the engine accepts it, so an invalid value
 * never replaces the last valid scenario. `setCommands` replaces the whole list (undo, redo, a shared
 * link); `write` puts the pending what-ifs into the text (before saving, or when the user asks).
 */
export function useScenarioFile() {
  const [source, setSource] = useState<ScenarioSource | null>(null);
  const state = useScenario(source);
  const latest = useRef<ScenarioState | null>(null);
  latest.current = state;
  const shown = useRef<Scenario | null>(null);
  shown.current = state?.current ? state.scenario : null;
  // Stable actions, so that effects depending on them run once.
  const actions = useMemo(
    () => ({
      open: (fileName: string, text: string, caseFile: string | null) =>
        setSource({ fileName, text, original: text, caseFile, commands: [], revision: 0 }),
      /** The user edited the text: the pending what-ifs are applied to the new text's scenario. */
      edit: (text: string) => setSource((s) => (s ? { ...s, text, revision: s.revision + 1 } : s)),
      revert: () => setSource((s) => (s ? { ...s, text: s.original, commands: [], revision: s.revision + 1 } : s)),
      apply: (command: ScenarioCommand): ApplyResult => {
        const scenario = shown.current;
        if (!scenario) return { ok: false, errors: [{ code: 'scenario/invalid', message: 'the file has errors' }] };
        const r = applyScenarioCommand(scenario, command);
        if (!r.ok) return r;
        shown.current = r.value.scenario;
        setSource((s) => (s ? { ...s, commands: [...s.commands, command], revision: s.revision + 1 } : s));
        return { ok: true, events: r.value.events };
      },
      setCommands: (commands: readonly ScenarioCommand[]) =>
        setSource((s) => (s ? { ...s, commands, revision: s.revision + 1 } : s)),
      /** Writes the pending what-ifs into the text and returns the new text. */
      write: (): string | null => {
        const now = latest.current;
        if (!now) return null;
        const text = textWithWhatIfs(now);
        setSource((s) => (s ? { ...s, text, commands: [], revision: s.revision + 1 } : s));
        return text;
      },
    }),
    [],
  );
  return { source, state, ...actions };
}

/**
 * The file's text with the pending what-ifs written into it (the text itself when there are none or
 * when the text does not parse, since what-ifs are only offered on a valid file).
 */
export function textWithWhatIfs(state: ScenarioState): string {
  if (!state.current || !state.base || !state.scenario || state.base === state.scenario) return state.file.text;
  return writeScenarioText(state.file, state.base, state.scenario);
}
