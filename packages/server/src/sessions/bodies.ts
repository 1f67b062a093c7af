import { CreateSessionBodySchema, fieldErrorOf, LiveHelloSchema, parseSessionCommand } from '@horseshoe/protocol';
import type { CreateInput } from './engine-port.ts';
import { type Failure, failure } from './failures.ts';

type Refused = { ok: false; failure: Failure };
const malformed = (field: string, message: string): Refused => ({
  ok: false,
  failure: failure('request/malformed', field === '' ? message : `${field}: ${message}`),
});

/** `POST /api/sessions` body `{title, date, scenario?}` (protocol's schema); a 400 naming the field otherwise. */
export function parseCreateBody(body: unknown): { ok: true; input: CreateInput } | Refused {
  const parsed = CreateSessionBodySchema.safeParse(body);
  if (!parsed.success) {
    const { field, message } = fieldErrorOf(parsed.error, body);
    return malformed(field, message);
  }
  const { title, date, scenario } = parsed.data;
  return { ok: true, input: { title, date, ...(scenario !== undefined ? { scenario } : {}) } };
}

/** A command body `{commandId, type, ...}` (protocol's schema); a 400 naming the field otherwise. */
export function parseCommandBody(body: unknown): { ok: true; command: { readonly commandId: string } } | Refused {
  const parsed = parseSessionCommand(body);
  if (!parsed.ok) return malformed(parsed.error.field, parsed.error.message);
  return { ok: true, command: parsed.command };
}

/** The live feed's first message `{token, after}`; a 400 (401 without a token) naming the field otherwise. */
export function parseLiveHello(text: string): { ok: true; token: string; after: number } | Refused {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return malformed('', 'first message: not JSON; send {"token": …, "after": N}');
  }
  const parsed = LiveHelloSchema.safeParse(data);
  if (!parsed.success) {
    const { field, message } = fieldErrorOf(parsed.error, data);
    if (field === 'token' && (data as { token?: unknown } | null)?.token === undefined) {
      return { ok: false, failure: failure('auth/missing-token', 'first message: token: required field is missing') };
    }
    return malformed(`first message: ${field}`, message);
  }
  return { ok: true, token: parsed.data.token, after: parsed.data.after };
}
