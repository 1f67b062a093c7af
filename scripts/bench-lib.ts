/** One benchmark's result: the median of its runs, and the peak memory seen. */
export interface BenchRow {
  readonly area: string;
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Target median in ms, when the issue sets one. */
  readonly targetMs?: number;
  /** Peak resident set size in MiB observed across the runs. */
  readonly peakRssMiB: number;
  readonly note?: string;
}

/** Runs `fn` `runs` times (after one warm-up) and returns the median, min, max and peak memory. */
export async function measure(
  area: string,
  name: string,
  fn: () => unknown | Promise<unknown>,
  options: { runs?: number; warmup?: number; targetMs?: number; note?: string } = {},
): Promise<BenchRow> {
  const runs = options.runs ?? 7;
  for (let i = 0; i < (options.warmup ?? 1); i++) await fn();
  const times: number[] = [];
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return rowFromTimes(area, name, times, peak, options);
}

/** A benchmark row from measured wall times (ms) and the peak RSS (bytes) seen while measuring. */
export function rowFromTimes(
  area: string,
  name: string,
  measured: readonly number[],
  peakRssBytes: number,
  options: { targetMs?: number; note?: string } = {},
): BenchRow {
  const times = [...measured].sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
  return {
    area,
    name,
    runs: times.length,
    medianMs: median,
    minMs: times[0] ?? 0,
    maxMs: times[times.length - 1] ?? 0,
    ...(options.targetMs !== undefined ? { targetMs: options.targetMs } : {}),
    peakRssMiB: peakRssBytes / 2 ** 20,
    ...(options.note !== undefined ? { note: options.note } : {}),
  };
}
