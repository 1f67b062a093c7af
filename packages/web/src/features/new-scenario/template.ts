import { type Instrument, instrumentNoun } from '@horseshoe/engine';

/** What the "New scenario" form asks for. */
export interface NewScenario {
  readonly title: string;
  readonly date: string;
  readonly instrument: Instrument;
  /** The clauses' texts, in order; empty ones are left out. */
  readonly clauses: readonly string[];
}

/** A clause id from its text: "Calls for a ceasefire." → `calls-for-a-ceasefire`, unique within the list. */
export function clauseIdsFor(texts: readonly string[]): string[] {
  const used = new Set<string>();
  return texts.map((text, i) => {
    const base =
      text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .split('-')
        .slice(0, 4)
        .join('-') || `clause-${i + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

const quote = (text: string) => JSON.stringify(text);

/**
 * A new scenario file, commented so that it explains itself: one decision with the clauses given,
 * every member voting yes until positions are set (by clicking a seat, or by writing them here).
 * @example scenarioTemplate({ title: 'My draft', date: '2019-04-18', instrument: 'resolution', clauses: ['Calls for a ceasefire.'] })
 */
export function scenarioTemplate(s: NewScenario): string {
  const texts = s.clauses.map((c) => c.trim()).filter((c) => c !== '');
  const ids = clauseIdsFor(texts);
  const clauseLines =
    texts.length === 0
      ? ['    clauses: []']
      : ['    clauses:', ...texts.flatMap((text, i) => [`      - id: ${ids[i]}`, `        text: ${quote(text)}`])];
  return [
    '# A new scenario, made with the "New scenario" form. Every member votes yes until it has a position.',
    '# Select a seat in the chamber to give a member red lines and values by clicking, or write them here:',
    '#',
    '# positions:',
    '#   RUS:                      # a member, by its three-letter code',
    '#     rejects: [clause-id]    # votes no (or abstains: onRedLine) on any text containing the clause',
    '#     requires: [clause-id]   # votes no on any text without the clause',
    '#     values: { clause-id: 2 } # what each clause is worth to it; it votes yes from yesAt (default 0)',
    '#',
    '# The whole format is described in docs/scenarios.md (JSON Schema: packages/protocol/scenario.schema.json).',
    '',
    `title: ${quote(s.title.trim() || 'A new scenario')}`,
    `date: ${s.date}   # the Council's composition on this day`,
    '',
    'decisions:',
    `  - id: draft   # ${instrumentNoun(s.instrument)}`,
    `    instrument: ${s.instrument}`,
    ...clauseLines,
    '',
  ].join('\n');
}
