import { hiddenCharacter } from '@horseshoe/engine';
import { UsageError } from './cli-error.ts';
/** Prints a command's answer: JSON when asked, else the human rendering. */
export function printResult(json: boolean, data: unknown, render: () => string): void {
  if (json) process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  else process.stdout.write(`${render()}\n`);
}

/** Pads each column of a table of strings to its widest cell. */
export function formatTable(rows: readonly (readonly string[])[], header?: readonly string[]): string {
  const all = header ? [header, ...rows] : rows;
  const widths: number[] = [];
  for (const row of all) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell))))
      .join('  ')
      .trimEnd();
  const out = all.map(line);
  if (header)
    out.splice(
      1,
      0,
      widths
        .map((w) => '─'.repeat(w))
        .join('  ')
        .trimEnd(),
    );
  return out.join('\n');
}

/** Width of a string on a terminal, ignoring ANSI colour codes. */
function displayWidth(s: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI escapes
  return [...s.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

/** Splits a comma-separated flag value into trimmed, non-empty items. */
export function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Splits a comma-separated list flag strictly: an empty list or item (`1,,3`, `''`) or an item with a
 * control, bidirectional or zero-width character is a usage error naming the flag and the item.
 * @example strictList('--weights', '3,2,1') // ['3', '2', '1']
 */
export function strictList(flag: string, value: string): string[] {
  const items = value.split(',').map((s) => s.trim());
  items.forEach((item, i) => {
    if (item.length === 0) {
      throw new UsageError(
        `${flag}: item ${i + 1} of ${JSON.stringify(value)} is empty (write items separated by single commas)`,
      );
    }
    const hidden = hiddenCharacter(item);
    if (hidden !== null) {
      throw new UsageError(`${flag}: item ${i + 1} contains an invisible or control character (${hidden})`);
    }
  });
  return items;
}
