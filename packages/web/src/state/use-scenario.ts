import { type DecisionEvaluation, evaluateDecision, type Scenario } from '@horseshoe/engine';
import { parseScenario, type ScenarioError } from '@horseshoe/protocol';
import { useMemo, useRef, useState } from 'react';
import { formatOf } from './edit-text.ts';
import type { ScenarioText } from './what-ifs.ts';

/** The scenario file open in the app. */
export interface ScenarioSource {
  readonly fileName: string;
  readonly text: string;
  /** The text as opened, for "undo all changes". */
  readonly original: string;
  /** The case library file it came from, if any. */
  readonly caseFile: string | null;
  /** How many times the text changed since it was opened. */
  readonly revision: number;
}

/** The scenario as the app shows it: the file's errors, or its evaluation by the engine. */
export interface ScenarioState {
  readonly file: ScenarioText;
  readonly errors: readonly ScenarioError[];
  /** The scenario shown: the current text's, or the last valid one while the text has errors. */
  readonly scenario: Scenario | null;
  /** True when {@link scenario} is the current text's (what-ifs are only offered then). */
  readonly current: boolean;
  readonly evaluations: readonly DecisionEvaluation[];
  /** Time taken to load and evaluate the current text, in milliseconds. */
  readonly ms: number;
}

/**
 * Loads the text with `@horseshoe/protocol` and evaluates every decision with the engine, again on
 * each change of the text. Nothing here decides an outcome: the engine does.
 */
export function useScenario(source: ScenarioSource | null): ScenarioState | null {
  const lastGood = useRef<{ opened: string; scenario: Scenario; evaluations: DecisionEvaluation[] } | null>(null);
  const state = useMemo(() => {
    if (!source) return null;
    const t0 = performance.now();
    const parsed = parseScenario(source.text, source.fileName);
    const file: ScenarioText = { text: source.text, format: formatOf(source.fileName) };
    // The last valid version stands in only for the same opened file, never for another one.
    const opened = `${source.fileName}\u0000${source.original}`;
    if (!parsed.ok) {
      const good = lastGood.current?.opened === opened ? lastGood.current : null;
      return {
        file,
        errors: parsed.errors,
        scenario: good?.scenario ?? null,
        current: false,
        evaluations: good?.evaluations ?? [],
        ms: performance.now() - t0,
      };
    }
    const evaluations = parsed.scenario.decisions.map((d) => evaluateDecision(d));
    lastGood.current = { opened, scenario: parsed.scenario, evaluations };
    return { file, errors: [], scenario: parsed.scenario, current: true, evaluations, ms: performance.now() - t0 };
  }, [source]);
  return state;
}

/** The open file and its setters. */
export function useSource() {
  const [source, setSource] = useState<ScenarioSource | null>(null);
  // Stable setters, so that effects depending on them run once.
  const actions = useMemo(
    () => ({
      open: (fileName: string, text: string, caseFile: string | null) =>
        setSource({ fileName, text, original: text, caseFile, revision: 0 }),
      edit: (text: string) => setSource((s) => (s ? { ...s, text, revision: s.revision + 1 } : s)),
      revert: () => setSource((s) => (s ? { ...s, text: s.original, revision: s.revision + 1 } : s)),
    }),
    [],
  );
  return { source, ...actions };
}
