import { type Council, type CouncilOptions, councilOn, isIsoDate } from '@horseshoe/engine';
import { UsageError } from './cli-error.ts';

/** The flags that choose a Council: `--date` (default today, UTC) and `--threshold-switch`. */
export interface CouncilFlags {
  readonly date?: string | undefined;
  readonly thresholdSwitch?: string | undefined;
}

/**
 * The Council that `--date` and `--threshold-switch` name, for every command that takes them
 * (`council`, `power --body unsc`, `outcome`), with the same messages: a malformed or out-of-range
 * date is a usage error naming the flag.
 * @example councilFromFlags({ date: '1965-10-01', thresholdSwitch: '1965-08-31' }).threshold // 9
 */
export function councilFromFlags(flags: CouncilFlags, today: () => string = todayUtc): Council {
  const options: CouncilOptions = {};
  const sw = flags.thresholdSwitch;
  if (sw !== undefined && !isIsoDate(sw)) {
    throw new UsageError(`--threshold-switch: not a valid date: ${sw} (expected YYYY-MM-DD)`);
  }
  const council = councilOn(flags.date ?? today(), sw === undefined ? options : { thresholdSwitch: sw });
  if (!council.ok) throw new UsageError(council.errors.map((e) => `--date: ${e.message}`).join('\n'));
  return council.value;
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
