import { ApiErrorSchema } from '@horseshoe/protocol';

/** What this needs of a protocol schema: its `safeParse` (the web app does not depend on zod itself). */
export interface BodySchema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { readonly issues: readonly { message: string }[] } };
}

/**
 * Fetches a JSON answer of the server's API and parses it with protocol's schema for that route (the
 * same schema the server types its answer with), so a server and an app that disagree fail here,
 * naming the route, instead of somewhere in a chart. An API error's own message is passed on.
 * @example const config = await fetchParsed('/api/config', ServerConfigSchema);
 */
export async function fetchParsed<T>(url: string, schema: BodySchema<T>): Promise<T> {
  const res = await fetch(url);
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = ApiErrorSchema.safeParse(body);
    throw new Error(`${url}: ${error.success ? error.data.error.message : `HTTP ${res.status}`}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`${url}: unexpected answer (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}

/** Fetches a text answer (a case file); an API error's own message is passed on. */
export async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (res.ok) return res.text();
  const error = ApiErrorSchema.safeParse(await res.json().catch(() => null));
  throw new Error(`${url}: ${error.success ? error.data.error.message : `HTTP ${res.status}`}`);
}
