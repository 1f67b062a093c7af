// Benchmarks of the web app (issue 14, item 8): the built bundle, chunk by chunk, as the real server
// sends it (raw, brotli and gzip bytes on the wire: the build's precompressed copies), what the first
// load needs (the entry script and the chunks it preloads: target 150 KB compressed, checked on the
// brotli bytes a browser gets), and the time from a clause toggle to the next paint in Debian's
// Chromium over 100 toggles (median and p90, and the longest task while toggling, not while loading).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from '../packages/server/src/index.ts';
import type { BenchRow } from '../scripts/bench-lib.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const DIST = path.join(ROOT, 'packages/web/dist');
const CHROMIUM = process.env.HORSESHOE_CHROMIUM ?? '/usr/bin/chromium';
const TOGGLES = 100;
const FIRST_LOAD_TARGET_KB = 150;

interface ChunkSize {
  readonly file: string;
  readonly raw: number;
  readonly br: number;
  readonly gzip: number;
}

/** Every built asset's size as the server sends it, with each encoding. */
async function chunkSizes(url: string): Promise<ChunkSize[]> {
  const files = readdirSync(path.join(DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  const sizes: ChunkSize[] = [];
  for (const file of files) {
    sizes.push({
      file,
      raw: await wireBytes(url, file, 'identity'),
      br: await wireBytes(url, file, 'br'),
      gzip: await wireBytes(url, file, 'gzip'),
    });
  }
  return sizes.sort((a, b) => b.br - a.br);
}

/** Bytes on the wire for one asset and one encoding (node's http client does not decompress). */
async function wireBytes(url: string, file: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}/assets/${file}`, { headers: { 'accept-encoding': encoding } }, (res) => {
        const sent = res.headers['content-encoding'] ?? 'identity';
        if (sent !== encoding && encoding !== 'identity' && Number(res.headers['content-length'] ?? 2048) > 1024) {
          reject(new Error(`${file}: asked for ${encoding}, got ${sent}`));
        }
        let n = 0;
        res.on('data', (c: Buffer) => {
          n += c.length;
        });
        res.on('end', () => resolve(n));
      })
      .on('error', reject);
  });
}

/** The scripts the first load needs: the entry module and the chunks index.html preloads. */
function firstLoadScripts(): string[] {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Clause toggles in Chromium, each timed from the click to the next frame painted. */
interface Toggles {
  readonly times: number[];
  /** The longest task (PerformanceObserver 'longtask', over 50 ms) while toggling, 0 when none. */
  readonly longestTask: number;
  /** Tasks over 100 ms while toggling. */
  readonly over100: number;
  /** The longest task during the five warm-up toggles (not timed: the page's code is compiled then). */
  readonly warmUpTask: number;
}

async function togglesToPaint(url: string): Promise<Toggles> {
  const profile = mkdtempSync(path.join(tmpdir(), 'horseshoe-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/?case=libya-2019.yaml`);
    await page.locator('[data-decision="formal-statement"]').click();
    await page.locator('input[data-clause="name-lna"]').waitFor();
    // The panels loaded on demand (the editor, the charts) are loaded and idle before the first toggle:
    // the long tasks counted are the toggles' own, not the page's loading.
    await page.getByLabel('Scenario file libya-2019.yaml').waitFor();
    await page.getByTestId('power-context').waitFor();
    await page.waitForTimeout(1500);
    // A string, not a function: tsx would wrap a function's inner helpers in its own \`__name\`, unknown in the page.
    return (await page.evaluate(`(async (n) => {
      let longestTask = 0;
      let over100 = 0;
      let warmUpTask = 0;
      let warm = false;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (!warm) warmUpTask = Math.max(warmUpTask, e.duration);
          else {
            longestTask = Math.max(longestTask, e.duration);
            if (e.duration > 100) over100++;
          }
        }
      }).observe({ type: 'longtask' });
      const box = document.querySelector('input[data-clause="name-lna"]');
      const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const times = [];
      for (let i = 0; i < n + 5; i++) {
        await nextPaint();
        if (i === 5) {
          await new Promise((r) => setTimeout(r, 300)); // the warm-up's long tasks are reported first
          warm = true;
        }
        const t0 = performance.now();
        box.click();
        await nextPaint();
        if (i >= 5) times.push(performance.now() - t0); // the first five warm the page up
      }
      await new Promise((r) => setTimeout(r, 500)); // the last toggle's deferred panels
      return { times: times.sort((a, b) => a - b), longestTask, over100, warmUpTask };
    })(${TOGGLES})`)) as Toggles;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const kb = (n: number) => (n / 1024).toFixed(1);

/** Builds the app, serves it, prints the bundle table, and returns the toggle-to-paint row. */
export async function run(): Promise<BenchRow[]> {
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@horseshoe/web'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  const app = await createServer({ webRoot: DIST, casesDir: path.join(ROOT, 'cases') });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const sizes = await chunkSizes(url);
    const first = new Set(firstLoadScripts());
    console.log('Web app bundle, as the server sends it (KB = 1024 bytes; * = needed by the first load):');
    console.log('| chunk | raw KB | brotli KB | gzip KB |');
    console.log('|---|---|---|---|');
    for (const s of sizes) {
      console.log(`| ${s.file}${first.has(s.file) ? ' *' : ''} | ${kb(s.raw)} | ${kb(s.br)} | ${kb(s.gzip)} |`);
    }
    const firstJs = sizes.filter((s) => first.has(s.file));
    const sum = (k: 'raw' | 'br' | 'gzip', xs: readonly ChunkSize[]) => xs.reduce((t, s) => t + s[k], 0);
    const js = sizes.filter((s) => s.file.endsWith('.js'));
    console.log(
      `| all scripts (${js.length} chunks) | ${kb(sum('raw', js))} | ${kb(sum('br', js))} | ${kb(sum('gzip', js))} |`,
    );
    const firstBr = sum('br', firstJs);
    const firstGzip = sum('gzip', firstJs);
    console.log(
      `| first load: ${firstJs.length} scripts | ${kb(sum('raw', firstJs))} | ${kb(firstBr)} | ${kb(firstGzip)} |`,
    );
    console.log('');
    console.log(
      `First load of the chamber: ${kb(firstBr)} KB of script as sent to a browser that accepts brotli (${kb(firstGzip)} KB gzip); target ${FIRST_LOAD_TARGET_KB} KB: ${firstBr / 1024 <= FIRST_LOAD_TARGET_KB ? 'met' : 'NOT met'}.`,
    );
    const loadBefore = os.loadavg()[0] ?? 0;
    const { times, longestTask, over100, warmUpTask } = await togglesToPaint(url);
    const load = `load average ${loadBefore.toFixed(1)} → ${(os.loadavg()[0] ?? 0).toFixed(1)}`;
    const median = quantile(times, 0.5);
    console.log(
      `Clause toggle to next paint over ${times.length} toggles: median ${median.toFixed(1)} ms, p90 ${quantile(times, 0.9).toFixed(1)} ms; longest task while toggling ${longestTask.toFixed(0)} ms, ${over100} over 100 ms (target: none): ${over100 === 0 ? 'met' : 'NOT met'}; longest task of the 5 warm-up toggles before them ${warmUpTask.toFixed(0)} ms (${load}).`,
    );
    console.log('');
    return [
      {
        area: 'web',
        name: `clause toggle to next paint, Chromium (${TOGGLES} toggles)`,
        runs: times.length,
        medianMs: median,
        minMs: times[0] ?? 0,
        maxMs: times.at(-1) ?? 0,
        targetMs: 100,
        peakRssMiB: process.memoryUsage().rss / 2 ** 20,
        note: `p90 ${quantile(times, 0.9).toFixed(1)} ms; longest task while toggling ${longestTask.toFixed(0)} ms, ${over100} over 100 ms (warm-up ${warmUpTask.toFixed(0)} ms); first load ${kb(firstBr)} KB br / ${kb(firstGzip)} KB gzip of script (target 150 KB); ${load}`,
      },
    ];
  } finally {
    await app.close();
  }
}
