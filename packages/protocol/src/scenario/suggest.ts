import type { FieldPath } from './locate.ts';
import {
  BodySchema,
  ClauseSchema,
  DecisionSchema,
  PositionSchema,
  RecordedSchema,
  ScenarioFileSchema,
} from './schema.ts';

// "Did you mean `requires`?": the fields an object of the scenario file may have, found by where it
// sits, and the closest one to a misspelt key.

function keysOf(schema: { shape?: Record<string, unknown> } | unknown): readonly string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * The fields allowed at a place of the file: `[]` is the top level, `['positions', 'RUS']` a position,
 * `['decisions', 0]` a decision, and so on.
 */
export function knownFields(_data: unknown, path: FieldPath): readonly string[] {
  const p = path.map((x) => (typeof x === 'number' ? '#' : x));
  const last = p.at(-1);
  const parent = p.at(-2);
  if (p.length === 0) return keysOf(ScenarioFileSchema);
  if (last === 'body') return keysOf(BodySchema);
  if (last === 'recorded') return keysOf(RecordedSchema);
  if (parent === 'positions') return keysOf(PositionSchema);
  if (last === '#' && parent === 'decisions') return keysOf(DecisionSchema);
  if (last === '#' && parent === 'clauses') return keysOf(ClauseSchema);
  return [];
}

/** ` (did you mean "requires"?)` for the closest known field within two edits, else an empty string. */
export function didYouMean(key: string, known: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best === null ? '' : ` (did you mean "${best}"?)`;
}

/** Levenshtein distance (insertions, deletions, substitutions). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}
