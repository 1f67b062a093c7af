import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Draft, draftScenario, renderDraft } from '@horseshoe/drafting';
import { formatScenarioError, parseScenario } from '@horseshoe/protocol';
import type { Command } from 'commander';
import { UsageError } from '../cli-error.ts';
import { checkInputFile } from '../input-file.ts';
import { printResult } from '../output.ts';

interface DraftFlags {
  date?: string;
  out?: string;
  force?: boolean;
  json?: boolean;
}

/** `horseshoe draft-scenario ARTICLE`: drafts a scenario file from a news report, citing the sentence behind every field. */
export function registerDraftScenario(program: Command): void {
  program
    .command('draft-scenario')
    .description(
      'Draft a scenario file from an English news report or UN press release about the Council: decisions, clauses, member stances and recorded outcomes, each field quoting the sentence it came from.',
    )
    .argument('<ARTICLE>', 'the report as plain text (a file, or - for standard input)')
    .option(
      '--date <YYYY-MM-DD>',
      'the report’s date, for "on Thursday" and the Council’s composition (default: the dateline in the text)',
    )
    .option('--out <FILE>', 'write the scenario to FILE instead of standard output (never overwrites without --force)')
    .option('--force', 'let --out replace an existing file', false)
    .option('--json', 'print JSON: the scenario, a citation per field, the unhandled sentences and the YAML', false)
    .addHelpText(
      'after',
      `
Examples:
  horseshoe draft-scenario report.txt --date 2019-04-19 --out libya.yaml
  pbpaste | horseshoe draft-scenario - --date 2019-04-19

The draft loads and evaluates as it is (horseshoe evaluate FILE), but it is a first draft: every field
quotes its sentence (# [s5] "..."), what was inferred is marked # ASSUMPTION, members the text does not
mention keep the default position (yes), and the sentences about the Council that were not read are
listed at the end. Format: docs/scenarios.md; how drafting reads a report: docs/draft-scenario.md.

Exit codes: 0 a scenario was drafted, 2 the input cannot be drafted (empty, not text, too long, no date,
no Council decision found) or --out exists, 1 other failure.`,
    )
    .action((article: string, flags: DraftFlags) => {
      const text = readArticle(article);
      const result = draftScenario(text, flags.date === undefined ? {} : { date: flags.date });
      if (!result.ok) throw new UsageError(`${article === '-' ? 'standard input' : article}: ${result.error.message}`);
      const yaml = renderDraft(result.draft, article === '-' ? 'standard input' : path.basename(article));
      checkLoads(yaml);
      if (flags.out !== undefined) writeOut(flags.out, yaml, Boolean(flags.force));
      printResult(Boolean(flags.json), toJson(article, result.draft, yaml, flags.out), () =>
        flags.out === undefined ? yaml.trimEnd() : summary(result.draft, flags.out as string),
      );
    });
}

/** The article's text; `-` reads standard input. A file that is missing or not UTF-8 text is a usage error. */
function readArticle(article: string): string {
  let bytes: Buffer;
  if (article !== '-') checkInputFile(article, 'ARTICLE');
  try {
    bytes = readFileSync(article === '-' ? 0 : article);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new UsageError(`ARTICLE: cannot read ${article}: ${reason}`);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** A draft that does not load is our bug, not the user's: exit 1 with the errors. */
function checkLoads(yaml: string): void {
  const parsed = parseScenario(yaml, 'draft');
  if (!parsed.ok) {
    throw new Error(`the drafted scenario does not load:\n${parsed.errors.map(formatScenarioError).join('\n')}`);
  }
}

function writeOut(file: string, yaml: string, force: boolean): void {
  if (file.trim() === '') throw new UsageError('--out: expected a file name, got an empty one; nothing written');
  // Renaming over /dev/null (as root) would replace the device with a file: kernel and device paths are refused.
  const resolved = path.resolve(file);
  if (['/proc', '/sys', '/dev'].some((root) => resolved === root || resolved.startsWith(`${root}/`)))
    throw new UsageError(`--out: ${file}: a scenario cannot be written under /proc, /sys or /dev; nothing written`);
  if (existsSync(file) && !force)
    throw new UsageError(`--out: ${file} exists; nothing written (use --force to replace it)`);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, yaml);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UsageError(`--out: cannot write ${file}: ${(error as Error).message}`);
  }
}

function summary(draft: Draft, out: string): string {
  const s = draft.scenario;
  const lines = [`Wrote ${out}: ${s.decisions.length} decision${s.decisions.length === 1 ? '' : 's'} (${s.date})`];
  for (const d of s.decisions) {
    const who = Object.keys(d.positions ?? {});
    const rec = d.recorded ? `, recorded ${d.recorded.outcome}${d.recorded.tally ? ` ${d.recorded.tally}` : ''}` : '';
    lines.push(
      `  ${d.id}: ${d.instrument}${d.date ? `, ${d.date}` : ''}${rec}${who.length > 0 ? `; positions: ${who.join(', ')}` : ''}`,
    );
  }
  const n = draft.citations.filter((c) => c.assumption).length;
  lines.push(
    `${n} assumption${n === 1 ? '' : 's'} marked; ${draft.unhandled.length} sentence${draft.unhandled.length === 1 ? '' : 's'} left for you at the end of the file.`,
  );
  lines.push(`Next: horseshoe evaluate ${out}`);
  return lines.join('\n');
}

function toJson(article: string, draft: Draft, yaml: string, out: string | undefined): unknown {
  return {
    article,
    ...(out === undefined ? {} : { out }),
    scenario: draft.scenario,
    citations: draft.citations.map((c) => ({
      field: c.path.join('.'),
      sentence: c.sentence + 1,
      quote: c.quote,
      ...(c.assumption ? { assumption: c.assumption } : {}),
    })),
    unhandled: draft.unhandled.map((s) => ({ sentence: s.index + 1, text: s.text })),
    yaml,
  };
}
