import * as cheerio from 'cheerio';

/** One row of an HTML table after row-spanning cells have been copied down. */
export interface TableRow {
  /** 1-based line of the row (or of its first cell, when the `<tr>` tag is missing) in the file. */
  readonly line: number;
  /** Cell texts, `<br>` kept as a newline, other whitespace collapsed. */
  readonly cells: readonly string[];
}

/** An HTML table read tolerantly: its header names and its data rows. */
export interface HtmlTable {
  readonly title: string;
  /** Header cell texts in lower case, or empty when the table has no header row. */
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

/** The parts of a parsed element this reader uses (a structural view of domhandler's `Element`). */
interface Element {
  readonly tagName: string;
  readonly attribs: Readonly<Record<string, string>>;
  readonly sourceCodeLocation?: { readonly startLine: number } | null;
}

interface Pending {
  text: string;
  remaining: number;
}

/**
 * Reads the first table of an HTML page with a forgiving HTML5 parser (parse5 via cheerio), so that
 * missing `</tr>`, `</td>` or `<tr>` tags are repaired the way a browser would. Cells that span
 * several rows (`rowspan`) are copied into each row they cover; rows made only of `<th>` cells are
 * read as the title and the header.
 * @example readHtmlTable(fs.readFileSync('scact1947_table_en.html', 'utf8')).rows[0].cells
 */
export function readHtmlTable(html: string): HtmlTable {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  $('br').replaceWith('\n');
  const table = $('table').first();
  let title = '';
  let header: string[] = [];
  const rows: TableRow[] = [];
  const pending: (Pending | undefined)[] = [];
  table.find('tr').each((_, tr) => {
    const cellEls = $(tr).children('td,th').toArray();
    const isHeading = cellEls.length > 0 && cellEls.every((c) => c.tagName === 'th' && rowspanOf(c) === 1);
    if (isHeading && header.length === 0) {
      const texts = cellEls.map((c) => cellText($(c).text()));
      if (cellEls.length >= 3) header = texts.map((t) => t.replace(/\s+/g, ' ').toLowerCase());
      else if (title === '') title = texts.join(' ').replace(/\s+/g, ' ');
      return;
    }
    const cells: string[] = [];
    let next = 0;
    for (let col = 0; next < cellEls.length || pending[col] !== undefined; col++) {
      const carried = pending[col];
      if (carried !== undefined) {
        cells.push(carried.text);
        carried.remaining--;
        if (carried.remaining === 0) pending[col] = undefined;
        continue;
      }
      const el = cellEls[next++];
      if (el === undefined) break;
      const text = cellText($(el).text());
      cells.push(text);
      const span = rowspanOf(el);
      if (span > 1) pending[col] = { text, remaining: span - 1 };
    }
    rows.push({ line: lineOf(tr, cellEls), cells });
  });
  return { title, header, rows };
}

function rowspanOf(el: Element): number {
  const n = Number.parseInt(el.attribs.rowspan ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

function lineOf(tr: Element, cells: readonly Element[]): number {
  return tr.sourceCodeLocation?.startLine ?? cells[0]?.sourceCodeLocation?.startLine ?? 0;
}

/** Collapses spaces within lines and drops empty lines; keeps line breaks as `\n`. */
export function cellText(raw: string): string {
  return raw
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}
