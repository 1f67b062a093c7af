import fs from 'node:fs';
import path from 'node:path';
import { writeCsv } from '@horseshoe/record';

interface YearFile {
  readonly year: number;
  readonly members: readonly {
    readonly name: string;
    readonly iso3: string;
    readonly permanent: boolean;
    readonly regional_group: string | null;
  }[];
}

/**
 * The membership by year as one CSV (`year,iso3,name,permanent,regional_group`), from the
 * `years/YYYY/index.json` files of the membership list, sorted by year, seat kind and code.
 * @example membershipCsv(['…/years/1946/index.json'])
 */
export function membershipCsv(files: readonly string[]): string {
  const rows: (string | number)[][] = [];
  for (const file of files) {
    const y = JSON.parse(fs.readFileSync(file, 'utf8')) as YearFile;
    const year = Number(path.basename(path.dirname(file)));
    if (y.year !== year || !Array.isArray(y.members)) throw new Error(`${file}: not a membership year file`);
    for (const m of y.members)
      rows.push([year, m.iso3, m.name, m.permanent ? 'true' : 'false', m.regional_group ?? '']);
  }
  rows.sort(
    (a, b) =>
      Number(a[0]) - Number(b[0]) ||
      String(b[3]).localeCompare(String(a[3])) ||
      String(a[1]).localeCompare(String(b[1])),
  );
  return writeCsv([['year', 'iso3', 'name', 'permanent', 'regional_group'], ...rows]);
}
