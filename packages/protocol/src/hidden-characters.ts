import { z } from 'zod';

// Control, format (bidirectional overrides such as U+202E, zero-width spaces and joiners, U+FEFF) and
// line/paragraph separators: invisible or reordering characters that make an id print as another.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * The first control, bidirectional or zero-width character of `text`, written `U+202E`, or null.
 * @example hiddenCharacter('fra\u202E') // 'U+202E'
 */
export function hiddenCharacter(text: string): string | null {
  const found = HIDDEN.exec(text)?.[0];
  return found === undefined ? null : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** An id (clause, decision): non-empty, with no control, bidirectional or zero-width character. */
export const IdSchema = z
  .string()
  .min(1)
  .check((ctx) => {
    const hidden = hiddenCharacter(ctx.value);
    if (hidden !== null) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `contains an invisible or control character (${hidden}); ids must print as they read`,
      });
    }
  });
