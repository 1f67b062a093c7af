import { z } from 'zod';
import { IdSchema } from './hidden-characters.ts';
import { formatPath, locate } from './scenario/locate.ts';
import { parseYamlDocument } from './yaml-document.ts';

/** A quota in a game file: a number of weight units, or a share of the total weight such as `"65%"`. */
export const PowerQuotaSchema = z.union([
  z.number().positive(),
  z
    .string()
    .regex(/^\d+(\.\d+)?%$/, 'a share must be written like "65%"')
    .refine(
      (s) => Number.parseFloat(s) > 0 && Number.parseFloat(s) <= 100,
      'a share must be above 0% and at most 100%',
    ),
]);

/** A rule in a game file: `{quota, weights}`, `{all: [...]}` or `{any: [...]}`. */
export type PowerRuleFile =
  | { readonly quota: number | string; readonly weights: readonly number[] }
  | { readonly all: readonly PowerRuleFile[] }
  | { readonly any: readonly PowerRuleFile[] };

/** The schema of {@link PowerRuleFile}. */
export const PowerRuleSchema: z.ZodType<PowerRuleFile> = z.lazy(() =>
  z.union([
    z.strictObject({ quota: PowerQuotaSchema, weights: z.array(z.number().nonnegative()).min(1) }),
    z.strictObject({ all: z.array(PowerRuleSchema).min(1) }),
    z.strictObject({ any: z.array(PowerRuleSchema).min(1) }),
  ]),
);

/** A game file for `horseshoe power --game FILE`. */
export const PowerGameFileSchema = z.strictObject({
  title: z.string().optional(),
  /** Where the data come from; shown with the result. */
  source: z.string().optional(),
  players: z.array(IdSchema).min(1),
  rule: PowerRuleSchema,
});

/** A parsed game file. */
export type PowerGameFile = z.infer<typeof PowerGameFileSchema>;

/** One error in a game file, located. */
export interface PowerGameFileError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly message: string;
}

/**
 * Parses a game file (JSON, or YAML with the same fields). Every error names the file, line, column and field.
 * @example parsePowerGameFile('{"players":["a","b"],"rule":{"quota":2,"weights":[1,1]}}', 'g.json')
 */
export function parsePowerGameFile(
  text: string,
  file: string,
): { ok: true; game: PowerGameFile } | { ok: false; errors: PowerGameFileError[] } {
  const { doc, lineCounter } = parseYamlDocument(text);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
        return { file, line: pos.line, column: pos.col, path: '', message: e.message.split('\n')[0] ?? e.message };
      }),
    };
  }
  let data: unknown;
  try {
    // yaml refuses a document whose aliases expand past this count (an "alias bomb").
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message }] };
  }
  const parsed = PowerGameFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, game: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const { line, column } = locate(doc, lineCounter, path);
      return { file, line, column, path: formatPath(path), message: issue.message };
    }),
  };
}

/** `file:line:column: field: message`. */
export function formatPowerGameFileError(e: PowerGameFileError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.path === '' ? '' : `${e.path}: `}${e.message}`;
}
