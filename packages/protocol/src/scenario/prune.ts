import type { FieldPath } from './locate.ts';
import type { Issue } from './positions.ts';

// When a file fails the schema, the contract's other checks (clause ids, member codes, ...) should
// still run on the parts that are well formed, so that one round of fixes is enough. The malformed
// fields are removed from a copy and the copy is checked again. The other checks' findings are kept
// only where the removal cannot have caused them: never when the date or the body was malformed
// (composition unknown), never inside a decision that had a malformed field, and scenario-level
// positions only when every decision was well formed.

/** A copy of `data` without the values at the issues' paths (unknown keys are deleted). */
export function pruneIssues(data: unknown, issues: readonly Issue[]): unknown {
  const copy: unknown = structuredClone(data);
  for (const issue of issues) removeAt(copy, issue.path);
  fillRequired(copy);
  return copy;
}

// Required fields removed above get stand-ins, so that the copy can pass the schema; whatever the
// stand-ins cause is discarded by trustworthy(), since they only replace malformed fields.
function fillRequired(root: unknown): void {
  if (!isRecord(root)) return;
  if (typeof root.title !== 'string' || root.title === '') root.title = '(untitled)';
  if (!Array.isArray(root.decisions)) return;
  root.decisions.forEach((d: unknown, i) => {
    if (!isRecord(d)) return;
    if (typeof d.id !== 'string' || d.id === '') d.id = `(decision ${i})`;
    if (d.instrument === undefined) d.instrument = 'resolution';
    if (!Array.isArray(d.clauses)) return;
    d.clauses.forEach((c: unknown, j) => {
      if (isRecord(c) && (typeof c.id !== 'string' || c.id === '')) c.id = `(clause ${j})`;
    });
  });
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** Keeps the findings of the second check that removing malformed fields cannot have caused. */
export function trustworthy(structural: readonly Issue[], semantic: readonly Issue[]): Issue[] {
  const paths = structural.map((i) => i.path);
  const top = new Set(paths.map((p) => p[0]));
  if (
    top.has('date') ||
    top.has('body') ||
    paths.some((p) => p.length === 0 || (p.length === 1 && p[0] === 'decisions'))
  )
    return [];
  const badDecisions = new Set(paths.filter((p) => p[0] === 'decisions').map((p) => p[1]));
  return semantic.filter((issue) => {
    const [head, index] = issue.path;
    if (head === 'decisions') return !badDecisions.has(index) && !badDecisions.has(undefined);
    if (head === 'positions') return badDecisions.size === 0;
    return true;
  });
}

function removeAt(root: unknown, path: FieldPath): void {
  if (path.length === 0) return;
  let node: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string | number, unknown>)[segment];
  }
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(node)) return; // removing an item would shift the paths of the others
  if (node !== null && typeof node === 'object') delete (node as Record<string | number, unknown>)[last];
}
