import { type Document, isScalar, LineCounter, parseDocument, visit, YAMLParseError } from 'yaml';

/**
 * Parses YAML or JSON into a document whose nodes know their lines, refusing duplicate keys like
 * `parseDocument(text, { uniqueKeys: true })` does (the first duplicate is an error at its key), but in
 * time linear in the size of a map: yaml's own check compares each key with every earlier one, so a map
 * of 4,000 keys (a position valuing 4,000 clauses) took seconds and 10,000 clauses took minutes.
 * @example const { doc, lineCounter } = parseYamlDocument('a: 1\na: 2') // doc.errors[0].code === 'DUPLICATE_KEY'
 */
export function parseYamlDocument(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) return { doc, lineCounter };
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          const range = isScalar(pair.key) && pair.key.range ? pair.key.range : (map.range ?? [0, 0]);
          doc.errors.push(new YAMLParseError([range[0], range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return { doc, lineCounter };
}
