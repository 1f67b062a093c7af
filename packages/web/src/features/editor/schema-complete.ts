// Completion from the scenario JSON Schema (packages/protocol/scenario.schema.json, generated from the
// zod schema that loads the files): the keys and the enumerated values allowed at the cursor's place in
// a YAML scenario file. No CodeMirror here: plain text in, suggestions out, so it is tested directly.

/** The parts of a JSON Schema this reads (draft 2020-12, as `z.toJSONSchema` writes it). */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly required?: readonly string[];
}

/** A step down the file: a mapping's key, or an item of a sequence. */
export type PathStep = { readonly key: string } | { readonly item: true };

/** What the cursor is on: a key being typed, or the value of a key, at a path in the file. */
export type CursorPlace =
  | {
      readonly kind: 'key';
      /** The mapping the key belongs to. */
      readonly path: readonly PathStep[];
      /** The part of the key typed so far, and where it starts in the document. */
      readonly typed: string;
      readonly from: number;
      /** Keys already present in that mapping (not offered again). */
      readonly siblings: readonly string[];
    }
  | {
      readonly kind: 'value';
      /** The value's own path (its key is the last step; an item of a list is `{ item: true }`). */
      readonly path: readonly PathStep[];
      readonly typed: string;
      readonly from: number;
    };

/** One suggestion: the text to insert, and what the schema says about it. */
export interface Suggestion {
  readonly label: string;
  readonly apply: string;
  readonly kind: 'key' | 'value';
  readonly detail?: string;
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const KEY = String.raw`(?:"[^"]*"|'[^']*'|[^\s:#{}\[\],"'][^:#{}\[\],]*?)`;
/** `key:` at the start of a line's content, maybe after list dashes; group 1 the dashes, 2 the key, 3 the rest. */
const KEY_LINE = new RegExp(String.raw`^((?:-\s+)*)(${KEY})\s*:(?:\s+|$)(.*)$`);
const unquote = (key: string) => key.trim().replace(/^(["'])(.*)\1$/, '$2');

/**
 * Where the cursor `pos` is in `text`: typing a key (at the start of a line's content, after any list
 * dashes) or a value (after `key: `, or after `- ` in a list), and the path of keys and list items
 * from the top of the file, read from the indentation of the lines above. Block style only; inside a
 * flow collection (`[…]`, `{…}`) or a comment it answers null.
 */
export function cursorPlace(text: string, pos: number): CursorPlace | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const before = text.slice(lineStart, pos);
  if (/[#[\]{}]/.test(before) || /["']/.test(before.replace(/^[^:]*:\s*/, ''))) return null;
  const indent = indentOf(before);
  const content = before.slice(indent);
  const dashes = /^((?:-\s+)*)/.exec(content)?.[1] ?? '';
  const rest = content.slice(dashes.length);
  // The columns of the list items this line opens, innermost last (`- - x`: two items).
  const itemColumns = [...dashes.matchAll(/-\s+/g)].map((m) => indent + (m.index ?? 0));
  const keyIndent = indent + dashes.length;
  const parents = pathAbove(text, lineStart, indent, itemColumns.length > 0);
  const path = [...parents, ...itemColumns.map(() => ({ item: true }) as const)];
  const valueMatch = /^(.+?):\s+(\S*)$/.exec(rest);
  if (valueMatch?.[1] !== undefined && !/\s/.test(valueMatch[1].trim())) {
    const typed = valueMatch[2] ?? '';
    return { kind: 'value', path: [...path, { key: unquote(valueMatch[1]) }], typed, from: pos - typed.length };
  }
  if (/^[\w$-]*$/.test(rest)) {
    if (itemColumns.length > 0 && !looksLikeMapping(text, lineStart, keyIndent)) {
      // `- ab`: a list item's value, or the first key of a mapping inside the list; both are offered.
      return { kind: 'value', path, typed: rest, from: pos - rest.length };
    }
    return {
      kind: 'key',
      path,
      typed: rest,
      from: pos - rest.length,
      siblings: siblingKeys(text, lineStart, keyIndent, itemColumns.length > 0),
    };
  }
  return null;
}

/** True when the list a `- ` item belongs to holds mappings (a sibling item or its first line has `key:`). */
function looksLikeMapping(text: string, lineStart: number, keyIndent: number): boolean {
  const lines = text.slice(0, Math.max(0, lineStart - 1)).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (indentOf(line) < keyIndent - 2) return false;
    if (KEY_LINE.test(line.trimStart())) return true;
  }
  return false;
}

/**
 * The path of the mapping or list the line at `lineStart` sits in: each line above with less
 * indentation opens a level (`key:` a mapping's value, `- ` a list item). A list may sit at its key's
 * own column (`decisions:` / `- id: a`): a dash line's parent key may share its column.
 */
function pathAbove(text: string, lineStart: number, indent: number, opensItem: boolean): PathStep[] {
  const lines = text.slice(0, Math.max(0, lineStart - 1)).split('\n');
  const steps: PathStep[] = [];
  let limit = indent;
  // True when the innermost level found so far is a list item at column `limit`.
  let itemAtLimit = opensItem;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const at = indentOf(line);
    const content = line.slice(at);
    const m = KEY_LINE.exec(content);
    if (at > limit) continue;
    if (at === limit) {
      // Only the key of a list written at its own column encloses a line at the same column.
      if (!itemAtLimit || content.startsWith('-') || !m || (m[3] ?? '').trim() !== '') continue;
      steps.unshift({ key: unquote(m[2] ?? '') });
      itemAtLimit = false;
      if (at === 0) break;
      continue;
    }
    const dashes = m ? (m[1] ?? '') : (/^((?:-\s+)*)/.exec(content)?.[1] ?? '');
    const keyColumn = at + dashes.length;
    if (m && keyColumn < limit && (m[3] ?? '').trim() === '') steps.unshift({ key: unquote(m[2] ?? '') });
    const items = [...dashes.matchAll(/-\s+/g)].map((d) => at + (d.index ?? 0));
    for (const column of items.reverse()) if (column < limit) steps.unshift({ item: true });
    limit = at;
    itemAtLimit = dashes !== '';
    if (at === 0 && !itemAtLimit) break;
  }
  return steps;
}

/** The keys already written in the mapping that the line at `lineStart` belongs to. */
function siblingKeys(text: string, lineStart: number, keyIndent: number, firstOfItem: boolean): string[] {
  const keys: string[] = [];
  const lineEnd = text.indexOf('\n', lineStart);
  const scan = (line: string): boolean => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return true;
    const at = indentOf(line);
    const content = line.slice(at);
    const m = KEY_LINE.exec(content);
    const column = at + (m?.[1]?.length ?? 0);
    if (at < keyIndent && !(m && column === keyIndent)) return false;
    if (m && column === keyIndent) keys.push(unquote(m[2] ?? ''));
    return !(m && column === keyIndent && (m[1] ?? '') !== '');
  };
  if (!firstOfItem) {
    const above = text.slice(0, Math.max(0, lineStart - 1)).split('\n');
    for (let i = above.length - 1; i >= 0; i--) if (!scan(above[i] ?? '')) break;
  }
  if (lineEnd >= 0) {
    for (const line of text.slice(lineEnd + 1).split('\n')) {
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      const at = indentOf(line);
      if (at < keyIndent || (at === keyIndent && line.trimStart().startsWith('-'))) break;
      const m = KEY_LINE.exec(line.slice(at));
      if (m && at === keyIndent && (m[1] ?? '') === '') keys.push(unquote(m[2] ?? ''));
    }
  }
  return keys;
}

/** The schema nodes a path leads to (a union leads to each of its branches). */
export function schemaAt(root: SchemaNode, path: readonly PathStep[]): SchemaNode[] {
  let nodes = branches(root);
  for (const step of path) {
    nodes = nodes.flatMap((n) => {
      if ('item' in step) return n.items ? branches(n.items) : [];
      const named = n.properties?.[step.key];
      if (named) return branches(named);
      return typeof n.additionalProperties === 'object' ? branches(n.additionalProperties) : [];
    });
  }
  return nodes;
}

function branches(node: SchemaNode): SchemaNode[] {
  const union = [...(node.anyOf ?? []), ...(node.oneOf ?? [])];
  return union.length > 0 ? union.flatMap(branches) : [node];
}

const typesOf = (n: SchemaNode) => (n.type === undefined ? [] : typeof n.type === 'string' ? [n.type] : n.type);

/** The suggestions the schema allows at the cursor, those starting with what is typed first. */
export function suggestionsAt(root: SchemaNode, place: CursorPlace): Suggestion[] {
  const nodes = schemaAt(root, place.path);
  const out = new Map<string, Suggestion>();
  const keysOf = (n: SchemaNode) => {
    for (const [key, child] of Object.entries(n.properties ?? {})) {
      if (key === '$schema' || (place.kind === 'key' && place.siblings.includes(key))) continue;
      const opensBlock = branches(child).every((b) => typesOf(b).some((t) => t === 'object' || t === 'array'));
      const detail = child.description ?? describe(child);
      out.set(`k:${key}`, {
        label: key,
        apply: opensBlock ? `${key}:` : `${key}: `,
        kind: 'key',
        ...(detail ? { detail } : {}),
      });
    }
  };
  if (place.kind === 'key') nodes.forEach(keysOf);
  else
    for (const n of nodes) {
      for (const v of n.enum ?? []) if (typeof v === 'string') out.set(`v:${v}`, { label: v, apply: v, kind: 'value' });
      if (typesOf(n).includes('boolean'))
        for (const v of ['true', 'false']) out.set(`v:${v}`, { label: v, apply: v, kind: 'value' });
      // `- ` in a list of mappings: the item's first key.
      if (typesOf(n).includes('object') && place.path.at(-1) && 'item' in (place.path.at(-1) as PathStep)) keysOf(n);
    }
  const typed = place.typed.toLowerCase();
  return [...out.values()].filter((s) => s.label.toLowerCase().startsWith(typed) && s.label !== place.typed);
}

function describe(n: SchemaNode): string | undefined {
  const values = branches(n).flatMap((b) => (b.enum ?? []).map(String));
  return values.length > 0 ? `one of: ${values.join(', ')}` : undefined;
}
