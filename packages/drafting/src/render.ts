import { Document, isMap, isPair, isScalar, type Node, type Pair, Scalar, type YAMLMap } from 'yaml';
import type { Draft, FieldCitation } from './types.ts';

const WIDTH = 110;

/**
 * The drafted scenario as YAML: every field read from the text carries the sentence it came from
 * (`# "…"`), every inference `# ASSUMPTION: …`, and the sentences nothing was read from close the
 * file as comments for the user to handle.
 */
export function renderDraft(draft: Draft, source = 'the report'): string {
  const doc = new Document(draft.scenario);
  const header = [
    ` Drafted by horseshoe draft-scenario from ${source}.`,
    ' Every field quotes the sentence it was read from; ASSUMPTION marks what was inferred, not read.',
    ' Members the text does not mention keep the default position (they vote yes). Check every field.',
    ...('given' in draft.dateline
      ? [` date: ${draft.dateline.given} (given with --date)`]
      : [' date: the dateline of the report', ...quote(draft.dateline.quote)]),
  ];
  doc.commentBefore = header.join('\n');
  const byPath = new Map<string, FieldCitation[]>();
  for (const c of draft.citations) {
    const key = JSON.stringify(c.path);
    byPath.set(key, [...(byPath.get(key) ?? []), c]);
  }
  // A sentence is quoted in full the first time, then named by its number.
  const quoted = new Set<number>();
  for (const [key, cites] of byPath) {
    const path = JSON.parse(key) as (string | number)[];
    const target = keyNode(doc, path);
    if (!target) continue;
    const lines = cites.flatMap((c) => {
      const first = !quoted.has(c.sentence);
      quoted.add(c.sentence);
      const source = first ? quote(c.quote, `[s${c.sentence + 1}] `) : [` [s${c.sentence + 1}] (quoted above)`];
      return [...source, ...(c.note ? wrap(c.note) : []), ...(c.assumption ? wrap(`ASSUMPTION: ${c.assumption}`) : [])];
    });
    target.commentBefore = [...new Set(lines)].join('\n');
  }
  if (draft.unhandled.length > 0) {
    doc.comment = [
      ' Sentences about the Council that were not turned into fields (handle them by hand):',
      ...draft.unhandled.flatMap((s) => quote(s.text).map((l) => ` ${l}`)),
    ].join('\n');
  }
  return doc.toString({ lineWidth: 0 });
}

/** The node a comment goes before: the key of a map entry, or the item of a list. */
function keyNode(doc: Document, path: readonly (string | number)[]): Node | null {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (isMap(parent)) {
    const pair = (parent as YAMLMap).items.find((p): p is Pair => isPair(p) && keyText(p.key) === String(last));
    if (!pair) return null;
    if (!isScalar(pair.key)) pair.key = new Scalar(pair.key);
    return pair.key as Node;
  }
  const item = doc.getIn(path, true);
  return item && typeof item === 'object' ? (item as Node) : null;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function quote(text: string, label = ''): string[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters cannot stand in a YAML comment
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/g, ' ');
  return wrap(`${label}"${clean.replace(/\s+/g, ' ').trim()}"`);
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length > 0 && line.length + word.length + 1 > WIDTH) {
      lines.push(` ${line}`);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(` ${line}`);
  return lines;
}
