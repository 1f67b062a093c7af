import { VETO_CODES, type VetoCode } from './members.ts';
import { daysApart } from './replay.ts';
import type { RecordDb } from './schema.ts';
import { RECORD_ERRORS, SOURCE_ERRORS } from './source-errors.ts';

/** One vetoed draft as a list gives it. */
export interface VetoEntry {
  readonly date: string;
  readonly draft: string;
  readonly members: readonly VetoCode[];
  readonly line: number;
}

/** One difference between two lists of vetoes. */
export interface VetoDifference {
  readonly kind: 'only-in-first' | 'only-in-second' | 'date-differs' | 'draft-differs' | 'members-differ';
  readonly first: VetoEntry | null;
  readonly second: VetoEntry | null;
  readonly detail: string;
  /** The documented source or record error that explains this difference, if any. */
  readonly documented: string | null;
}

/** Two lists of vetoes compared: per-member totals in each, and every difference. */
export interface VetoListComparison {
  readonly first: string;
  readonly second: string;
  readonly firstEntries: number;
  readonly secondEntries: number;
  readonly matched: number;
  readonly firstByMember: Readonly<Record<VetoCode, number>>;
  readonly secondByMember: Readonly<Record<VetoCode, number>>;
  readonly differences: readonly VetoDifference[];
}

/** The comparisons behind `history vetoes-compare`. */
export interface VetoComparisonReport {
  /** The Library's veto list against Yordán's (empty when the second list was not imported). */
  readonly libraryVsYordan: VetoListComparison | null;
  /** Rows of the yearly tables worded "vetoed" against the Library's veto list. */
  readonly tablesVsLibrary: VetoListComparison;
  /** Yordán rows whose per-member 1/0 columns disagree with the members it names. */
  readonly yordanDummyMismatches: readonly {
    readonly line: number;
    readonly draft: string;
    readonly named: string;
    readonly dummies: string;
  }[];
}

/**
 * Compares the record's veto lists: the Library's list with the second list (Yordán), and the
 * yearly tables' "vetoed" rows with the Library's list. Entries are paired on the same draft and
 * date, then the same draft within 100 days, then the same date and members; what is left is
 * reported as present in one list only.
 * @example compareVetoLists(db).libraryVsYordan?.differences
 */
export function compareVetoLists(db: RecordDb): VetoComparisonReport {
  const library = entries(
    db,
    'SELECT l.id, l.date, l.draft, l.line, v.member FROM veto_list l JOIN vetoes v ON v.veto_id = l.id',
  );
  const yordan = entries(
    db,
    'SELECT y.id, y.date, y.draft, y.line, m.member FROM yordan_vetoes y JOIN yordan_veto_members m ON m.veto_id = y.id',
  );
  const tables = entries(
    db,
    `SELECT d.id, d.date, d.symbol AS draft, d.line, v.member FROM drafts d JOIN draft_vetoed_by v ON v.draft_id = d.id
      WHERE d.outcome = 'vetoed'`,
  );
  const dummyRows = db
    .prepare<[], { line: number; draft: string; dummies: string; named: string }>(
      `SELECT y.line, y.draft, y.dummies, group_concat(m.member, ';') AS named
         FROM yordan_vetoes y JOIN yordan_veto_members m ON m.veto_id = y.id GROUP BY y.id ORDER BY y.line`,
    )
    .all();
  const yordanDummyMismatches = dummyRows.flatMap((r) => {
    const flags = JSON.parse(r.dummies) as Record<VetoCode, boolean>;
    const fromDummies = VETO_CODES.filter((c) => flags[c]);
    const named = r.named.split(';').sort();
    return fromDummies.sort().join(';') === named.join(';')
      ? []
      : [{ line: r.line, draft: r.draft, named: named.join(';'), dummies: fromDummies.join(';') || '(none)' }];
  });
  return {
    libraryVsYordan:
      yordan.length === 0 ? null : compareLists('Library veto list', library, 'Yordán veto list', yordan),
    tablesVsLibrary: documented(compareLists('yearly tables ("vetoed" rows)', tables, 'Library veto list', library)),
    yordanDummyMismatches,
  };
}

// Marks the differences between the tables and the veto list that a documented error explains.
function documented(c: VetoListComparison): VetoListComparison {
  const explain = (e: VetoEntry | null) =>
    e === null
      ? null
      : ([...SOURCE_ERRORS, ...RECORD_ERRORS].find((x) => x.symbol === e.draft && x.date === e.date)?.reason ?? null);
  return {
    ...c,
    differences: c.differences.map((d) => ({ ...d, documented: explain(d.first) ?? explain(d.second) })),
  };
}

function entries(db: RecordDb, sql: string): VetoEntry[] {
  const rows = db.prepare<[], { id: string; date: string; draft: string; line: number; member: VetoCode }>(sql).all();
  const byId = new Map<string, { date: string; draft: string; line: number; members: VetoCode[] }>();
  for (const r of rows) {
    const e = byId.get(r.id) ?? { date: r.date, draft: r.draft, line: r.line, members: [] };
    e.members.push(r.member);
    byId.set(r.id, e);
  }
  return [...byId.values()]
    .map((e) => ({ ...e, members: [...e.members].sort() }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line);
}

function compareLists(
  firstName: string,
  first: VetoEntry[],
  secondName: string,
  second: VetoEntry[],
): VetoListComparison {
  const left = [...first];
  const right = [...second];
  const differences: VetoDifference[] = [];
  let matched = 0;
  const pair = (test: (a: VetoEntry, b: VetoEntry) => boolean, kind: VetoDifference['kind'] | null) => {
    for (let i = 0; i < left.length; i++) {
      const a = left[i] as VetoEntry;
      const j = right.findIndex((b) => test(a, b));
      if (j < 0) continue;
      const b = right[j] as VetoEntry;
      left.splice(i--, 1);
      right.splice(j, 1);
      matched++;
      if (kind !== null)
        differences.push({ kind, first: a, second: b, detail: detailOf(kind, a, b), documented: null });
      if (a.members.join(';') !== b.members.join(';')) {
        differences.push({
          kind: 'members-differ',
          first: a,
          second: b,
          detail: detailOf('members-differ', a, b),
          documented: null,
        });
      }
    }
  };
  pair((a, b) => a.draft === b.draft && a.date === b.date && a.members.join(';') === b.members.join(';'), null);
  pair((a, b) => a.draft === b.draft && a.date === b.date, null);
  pair((a, b) => a.draft === b.draft && daysApart(a.date, b.date) <= 100, 'date-differs');
  pair((a, b) => a.date === b.date && a.members.join(';') === b.members.join(';'), 'draft-differs');
  for (const a of left)
    differences.push({
      kind: 'only-in-first',
      first: a,
      second: null,
      documented: null,
      detail: `${a.draft} (${a.date}, ${a.members.join(', ')}) only in the ${firstName}`,
    });
  for (const b of right)
    differences.push({
      kind: 'only-in-second',
      first: null,
      second: b,
      documented: null,
      detail: `${b.draft} (${b.date}, ${b.members.join(', ')}) only in the ${secondName}`,
    });
  const count = (list: readonly VetoEntry[]) => {
    const out = Object.fromEntries(VETO_CODES.map((c) => [c, 0])) as Record<VetoCode, number>;
    for (const e of list) for (const m of e.members) out[m]++;
    return out;
  };
  return {
    first: firstName,
    second: secondName,
    firstEntries: first.length,
    secondEntries: second.length,
    matched,
    firstByMember: count(first),
    secondByMember: count(second),
    differences,
  };
}

function detailOf(kind: VetoDifference['kind'], a: VetoEntry, b: VetoEntry): string {
  switch (kind) {
    case 'date-differs':
      return `${a.draft}: dated ${a.date} in the first list, ${b.date} in the second`;
    case 'draft-differs':
      return `${a.date}: draft ${a.draft} in the first list, ${b.draft} in the second`;
    case 'members-differ':
      return `${a.draft} (${a.date}): ${a.members.join(', ')} in the first list, ${b.members.join(', ')} in the second`;
    default:
      return '';
  }
}
