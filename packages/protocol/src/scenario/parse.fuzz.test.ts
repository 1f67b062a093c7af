import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { arbitraryScenarioFile } from '../testing/arbitrary-scenario.ts';
import { type FieldPath, formatPath } from './locate.ts';
import { parseScenario } from './parse.ts';
import type { ScenarioFileInput as ScenarioFile } from './schema.ts';

// Fuzzing: 10,000 malformed scenario files, each made from a random valid one by one mutation that is
// certain to make it invalid. Every file must give located errors (line and column inside the file),
// never an exception; for the structural mutations, an error must name the mutated field.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Mutant {
  readonly kind: string;
  readonly text: string;
  /** The field an error must name, when the mutation targets one. */
  readonly expectPath?: string;
}

const FILES = 10_000;

function paths(node: Json, prefix: FieldPath = []): FieldPath[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => [[...prefix, i], ...paths(v, [...prefix, i])]);
  if (node !== null && typeof node === 'object')
    return Object.entries(node)
      .filter(([, v]) => v !== undefined)
      .flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
  return [];
}

function objectPaths(node: Json, prefix: FieldPath = []): FieldPath[] {
  const here = node !== null && typeof node === 'object' && !Array.isArray(node) ? [prefix] : [];
  if (node === null || typeof node !== 'object') return here;
  const children = Array.isArray(node)
    ? node.map((v, i) => objectPaths(v, [...prefix, i]))
    : Object.entries(node).map(([k, v]) => objectPaths(v, [...prefix, k]));
  return [...here, ...children.flat()];
}

function get(root: Json, path: FieldPath): Json {
  let node = root;
  for (const s of path) node = (node as Record<string | number, Json>)[s] as Json;
  return node;
}

function set(root: Json, path: FieldPath, value: Json | undefined): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1] as string | number;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

function typeOf(v: Json): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

// Keys under which the schema takes a map: their children are member codes or clause ids, not fields.
const MAPS = new Set(['positions', 'values', 'votes']);

function wrongType(file: Json, pick: number, choice: number): Mutant | null {
  const candidates = paths(file);
  const path = candidates[pick % candidates.length];
  if (!path) return null;
  const original = get(file, path);
  const last = path[path.length - 1];
  // `vote` takes a string or an object; `noBelow` and `vote` take null.
  const accepted = new Set([typeOf(original), 'null', ...(last === 'vote' ? ['string', 'object'] : [])]);
  const replacements: Json[] = [42, 'text', true, [1, 'x'], { zz: 1 }].filter((v) => !accepted.has(typeOf(v)));
  const value = replacements[choice % replacements.length] as Json;
  set(file, path, value);
  return { kind: 'wrong type', text: stringify(file), expectPath: formatPath(path) };
}

const REQUIRED: readonly ((f: ScenarioFile, i: number) => FieldPath | null)[] = [
  () => ['title'],
  () => ['decisions'],
  (f, i) => ['decisions', i % f.decisions.length, 'id'],
  (f, i) => ['decisions', i % f.decisions.length, 'instrument'],
  (f, i) => {
    const d = f.decisions[i % f.decisions.length];
    return d?.clauses && d.clauses.length > 0 ? ['decisions', i % f.decisions.length, 'clauses', 0, 'id'] : null;
  },
  (f) => (f.body ? ['body', 'members'] : null),
  (f) => (f.body ? ['body', 'threshold'] : null),
];

function missingField(file: ScenarioFile, pick: number, choice: number): Mutant | null {
  const path = REQUIRED[choice % REQUIRED.length]?.(file, pick);
  if (!path) return null;
  set(file as unknown as Json, path, undefined);
  return { kind: 'missing field', text: stringify(file), expectPath: formatPath(path) };
}

function unknownKey(file: Json, pick: number): Mutant | null {
  const objects = objectPaths(file).filter((p) => !(p.length > 0 && MAPS.has(String(p[p.length - 1]))));
  const path = objects[pick % objects.length];
  if (!path) return null;
  (get(file, path) as Record<string, Json>).zz_unknown = 1;
  return { kind: 'unknown key', text: stringify(file), expectPath: formatPath([...path, 'zz_unknown']) };
}

function badReference(file: ScenarioFile, pick: number, choice: number): Mutant {
  const d = file.decisions[pick % file.decisions.length] as NonNullable<ScenarioFile['decisions'][number]>;
  const member = file.body ? (file.body.members[0] as string) : 'FRA';
  if (choice % 2 === 0) {
    d.positions = { ...(d.positions ?? {}), [member]: { ...(d.positions?.[member] ?? {}), rejects: ['zz-undefined'] } };
    return { kind: 'unknown clause id', text: stringify(file) };
  }
  d.positions = { ...(d.positions ?? {}), ZZQ: { yesAt: 1 } };
  return { kind: 'non-member', text: stringify(file) };
}

function brokenSyntax(file: ScenarioFile, pick: number, choice: number): Mutant {
  const yaml = stringify(file);
  const lines = yaml.split('\n');
  const at = pick % lines.length;
  switch (choice % 4) {
    case 0:
      lines.splice(at, 0, 'zz: [unclosed, flow');
      return { kind: 'broken YAML', text: lines.join('\n') };
    case 1:
      lines.splice(at, 0, 'zz: "unterminated');
      return { kind: 'broken YAML', text: lines.join('\n') };
    case 2:
      return { kind: 'broken YAML', text: `${yaml}title: duplicate key\n` };
    default: {
      const json = JSON.stringify(file);
      return { kind: 'truncated JSON', text: json.slice(0, pick % (json.length - 1)) };
    }
  }
}

const mutants: fc.Arbitrary<Mutant> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: arbitraryScenarioFile() }, arbitraryScenarioFile({ council: true })),
    fc.nat(5),
    fc.nat(10_000),
    fc.nat(100),
  )
  .map(([file, kind, pick, choice]) => {
    const json = structuredClone(file) as unknown as Json;
    const make = [
      () => wrongType(json, pick, choice),
      () => missingField(file, pick, choice),
      () => unknownKey(json, pick),
      () => badReference(file, pick, choice),
      () => brokenSyntax(file, pick, choice),
      () => ({ kind: 'not a mapping', text: ['- a list\n', '42\n', '"a string"\n', ''][choice % 4] as string }),
    ][kind] as () => Mutant | null;
    return make() ?? { kind: 'unknown key', text: `${stringify(file)}zz_unknown: 1\n`, expectPath: 'zz_unknown' };
  });

describe('fuzzing the scenario loader', () => {
  it(`gives located errors, never an exception, for ${FILES} malformed files`, () => {
    const counts = new Map<string, number>();
    let errors = 0;
    fc.assert(
      fc.property(mutants, (m) => {
        const r = parseScenario(m.text, 'fuzz.yaml');
        expect(r.ok, `${m.kind} was accepted:\n${m.text}`).toBe(false);
        if (r.ok) return;
        const lineCount = m.text.split('\n').length;
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) {
          expect(e.file).toBe('fuzz.yaml');
          expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lineCount + 1).toBe(true);
          expect(Number.isInteger(e.column) && e.column >= 1).toBe(true);
          expect(e.message.length).toBeGreaterThan(0);
        }
        const at = m.expectPath;
        if (at !== undefined) {
          const named = r.errors.some(
            (e) => e.path === at || e.path.startsWith(`${at}.`) || e.path.startsWith(`${at}[`),
          );
          expect(named, `no error names ${at}: ${JSON.stringify(r.errors)}`).toBe(true);
        }
        counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
        errors += r.errors.length;
      }),
      { numRuns: FILES, seed: 20190405 },
    );
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const byKind = [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(
      `fuzzed ${total} malformed scenario files: all rejected with ${errors} located errors, no exception (${byKind})`,
    );
    expect(total).toBe(FILES);
  });
});
