import type { CreateInput } from './engine-port.ts';
import { type Failure, failure } from './failures.ts';

type Parsed<T> = { ok: true } & T;
const bad = (message: string): { ok: false; failure: Failure } => ({
  ok: false,
  failure: failure('request/malformed', message),
});

/** `POST /api/sessions` body: `{title, date, scenario?}`; a 400 naming the field otherwise. */
export function parseCreateBody(body: unknown): Parsed<{ input: CreateInput }> | { ok: false; failure: Failure } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return bad('body: expected a JSON object');
  const { title, date, scenario } = body as Record<string, unknown>;
  if (typeof title !== 'string' || title.trim() === '') return bad('title: expected a non-empty string');
  if (typeof date !== 'string') return bad('date: expected a date written YYYY-MM-DD');
  if (scenario !== undefined && typeof scenario !== 'string') {
    return bad("scenario: expected a scenario file's text (YAML or JSON) as a string");
  }
  return { ok: true, input: { title, date, ...(scenario !== undefined ? { scenario } : {}) } };
}

/** A command body: `{commandId, type, ...}`; a 400 naming the field otherwise. */
export function parseCommandBody(
  body: unknown,
): Parsed<{ command: { readonly commandId: string } }> | { ok: false; failure: Failure } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return bad('body: expected a JSON object');
  const { commandId, type } = body as Record<string, unknown>;
  if (typeof commandId !== 'string' || commandId.length === 0 || commandId.length > 200) {
    return bad('commandId: expected a string of 1 to 200 characters');
  }
  if (typeof type !== 'string') return bad('type: expected a command type');
  return { ok: true, command: body as { readonly commandId: string } };
}
