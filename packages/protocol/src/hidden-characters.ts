import { hiddenCharacter } from '@horseshoe/engine';
import { z } from 'zod';

export { hiddenCharacter };

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
