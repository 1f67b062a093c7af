import { type Document, isMap, isNode, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

/** A path into a scenario file: object keys and list indexes, from the top. */
export type FieldPath = readonly (string | number)[];

/** A line and column, both counted from 1. */
export interface Position1 {
  readonly line: number;
  readonly column: number;
}

/**
 * Where a field sits in the source: the node at `path`, or, when `atKey` is set, the key naming the
 * last segment (for unknown keys and map keys such as member codes). A path that runs past the
 * document (a missing field) gives the position of the deepest node that exists, i.e. the object
 * that lacks the field.
 */
export function locate(doc: Document, lineCounter: LineCounter, path: FieldPath, atKey = false): Position1 {
  let node: unknown = doc.contents;
  let offset = offsetOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
      if (!pair) break;
      const keyOffset = offsetOf(pair.key);
      if (last && atKey && keyOffset !== undefined) {
        offset = keyOffset;
        break;
      }
      node = pair.value;
      offset = offsetOf(node) ?? keyOffset ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      node = item;
      offset = offsetOf(node) ?? offset;
    } else {
      break;
    }
  }
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** `decisions[0].positions.RUS.rejects[1]`: a path as a person reads it. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function offsetOf(node: unknown): number | undefined {
  if (isNode(node)) return (node as Node).range?.[0];
  return undefined;
}
