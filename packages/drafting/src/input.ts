/** Why a text cannot be drafted into a scenario. */
export interface DraftError {
  readonly code:
    | 'draft/empty'
    | 'draft/not-text'
    | 'draft/too-long'
    | 'draft/no-date'
    | 'draft/bad-date'
    | 'draft/no-decision';
  readonly message: string;
}

/** Reports longer than this are refused: a long UN meeting coverage is about 100 000 characters. */
export const MAX_CHARS = 400_000;

/**
 * Checks that the input is a text worth reading: not empty, not binary, not longer than {@link MAX_CHARS}.
 * Returns the text with line endings normalised, or the reason it cannot be read.
 */
export function checkText(text: string): { ok: true; text: string } | { ok: false; error: DraftError } {
  if (text.length > MAX_CHARS) {
    return {
      ok: false,
      error: {
        code: 'draft/too-long',
        message: `the text has ${text.length} characters; a report can have at most ${MAX_CHARS}: give the article alone`,
      },
    };
  }
  const normal = text.replace(/\r\n?/g, '\n');
  if (normal.trim().length === 0) {
    return { ok: false, error: { code: 'draft/empty', message: 'the text is empty: give the article to draft from' } };
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters mark binary input
  const control = normal.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (normal.includes('\u0000') || control > normal.length / 100) {
    return {
      ok: false,
      error: { code: 'draft/not-text', message: 'the input is not text (it has control or undecodable characters)' },
    };
  }
  return { ok: true, text: normal };
}
