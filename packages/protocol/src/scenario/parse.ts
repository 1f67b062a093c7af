import { councilOn, type Scenario } from '@horseshoe/engine';
import type { LineCounter, YAMLError } from 'yaml';
import type { z } from 'zod';
import { parseYamlDocument } from '../yaml-document.ts';
import type { CouncilResolver } from './bodies.ts';
import { buildScenario } from './build.ts';
import { type FieldPath, formatPath, locate } from './locate.ts';
import type { Issue } from './positions.ts';
import { pruneIssues, trustworthy } from './prune.ts';
import { ScenarioFileSchema } from './schema.ts';
import { didYouMean, knownFields } from './suggest.ts';

/** One error in a scenario file, where it is and what is wrong (line and column count from 1). */
export interface ScenarioError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The field, as a person reads it: `decisions[0].positions.RUS.rejects[1]`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** A loaded scenario, or every error of the file. */
export type ParseScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };

/**
 * Loads a scenario file (YAML or JSON, scenarios.md version 1): checks it against the schema and the
 * contract's rules, resolves each decision's body (the Council on its date, or the custom body) and
 * each member's effective position. Returns every error at once, each with its line and column; never
 * throws for bad input.
 * @example parseScenario(text, 'cases/libya-2019.yaml') // { ok: true, scenario } or { ok: false, errors }
 */
export function parseScenario(
  text: string,
  fileName: string,
  resolveCouncil: CouncilResolver = councilOn,
): ParseScenarioResult {
  const { doc, lineCounter } = parseYamlDocument(text);
  const first = doc.errors[0];
  if (first) {
    // After one syntax error (an indentation slip, say) the parser's later errors follow from it: one
    // error, where the slip is, rather than one per line after it.
    const error = syntaxError(first, fileName, lineCounter);
    const more = doc.errors.length > 1 ? ' (the rest of the file is checked once this is fixed)' : '';
    return { ok: false, errors: [{ ...error, message: `${error.message}${more}` }] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ file: fileName, line: 1, column: 1, path: '', message }] };
  }
  const at = (issue: Issue): ScenarioError => {
    const { line, column } = locate(doc, lineCounter, issue.path, issue.atKey);
    return { file: fileName, line, column, path: formatPath(issue.path), message: issue.message };
  };
  const parsed = ScenarioFileSchema.safeParse(data);
  if (!parsed.success) {
    const structural = parsed.error.issues.flatMap((i) => issuesFrom(i, data));
    return { ok: false, errors: sortErrors([...structural, ...recheck(data, structural, resolveCouncil)].map(at)) };
  }
  const built = buildScenario(parsed.data, resolveCouncil);
  if ('issues' in built) return { ok: false, errors: sortErrors(built.issues.map(at)) };
  return { ok: true, scenario: built.scenario };
}

/**
 * `file:line:column: field: message`, the way compilers print errors.
 * @example formatScenarioError(e) // "cases/x.yaml:12:9: decisions[0].positions.RUS.rejects[0]: unknown clause id …"
 */
export function formatScenarioError(e: ScenarioError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.path === '' ? '' : `${e.path}: `}${e.message}`;
}

/** The contract's other checks on the well-formed parts of a file that failed the schema. */
function recheck(data: unknown, structural: readonly Issue[], resolveCouncil: CouncilResolver): Issue[] {
  const again = ScenarioFileSchema.safeParse(pruneIssues(data, structural));
  if (!again.success) return [];
  const built = buildScenario(again.data, resolveCouncil);
  return 'issues' in built ? trustworthy(structural, built.issues) : [];
}

function syntaxError(e: YAMLError, file: string, lineCounter: LineCounter): ScenarioError {
  const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
  const message = e.message.split('\n')[0] ?? e.message;
  return {
    file,
    line: pos.line,
    column: pos.col,
    path: '',
    message: message.replace(/ at line \d+, column \d+:?$/, ''),
  };
}

function issuesFrom(issue: z.core.$ZodIssue, data: unknown): Issue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol') as FieldPath;
  if (issue.code !== 'unrecognized_keys' && valueAt(data, path) === undefined) {
    return [{ path, message: 'required field is missing' }];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        message: `unknown field "${key}"${didYouMean(key, knownFields(data, path))}`,
      }));
    case 'invalid_type':
      return [
        {
          path,
          message: issue.message.endsWith('received undefined')
            ? `required field is missing (${issue.expected})`
            : issue.message.replace('Invalid input: ', ''),
        },
      ];
    case 'invalid_value':
      return [{ path, message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
    case 'invalid_union': {
      // The option whose type matched (a distribution object, say) has the precise errors.
      const matched = issue.errors.filter(
        (option) =>
          !option.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')),
      );
      if (matched.length === 1 && matched[0]) {
        return matched[0].flatMap((i) => issuesFrom({ ...i, path: [...path, ...i.path] } as z.core.$ZodIssue, data));
      }
      return [
        { path, message: 'expected a vote (yes, no, abstain, absent) or a distribution {yes, no, abstain, absent}' },
      ];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function sortErrors(errors: ScenarioError[]): ScenarioError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}
