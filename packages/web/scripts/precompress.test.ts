import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress.ts';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function builtApp(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'horseshoe-precompress-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const script = `export const seats = [${Array.from({ length: 500 }, (_, i) => `"seat-${i}"`).join(',')}];\n`;

describe('precompressDir', () => {
  it('writes a brotli and a gzip copy beside a script that decompress to the same bytes', () => {
    const root = builtApp({ 'assets/index-B2x9QmZa.js': script });
    expect(precompressDir(root)).toEqual(['assets/index-B2x9QmZa.js']);
    const file = path.join(root, 'assets/index-B2x9QmZa.js');
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(script);
    expect(readFileSync(`${file}.br`).length).toBeLessThan(script.length / 4);
  });

  it('leaves small files and files that are not text alone', () => {
    const root = builtApp({ 'index.html': '<!doctype html><title>x</title>', 'assets/logo-B2x9QmZa.png': script });
    expect(precompressDir(root)).toEqual([]);
    expect(existsSync(path.join(root, 'index.html.br'))).toBe(false);
    expect(existsSync(path.join(root, 'assets/logo-B2x9QmZa.png.br'))).toBe(false);
  });
});
