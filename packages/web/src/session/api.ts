import {
  type AdviceResponse,
  AdviceResponseSchema,
  type CommandResponse,
  CommandResponseSchema,
  type CreateSessionBody,
  type CreateSessionResponse,
  CreateSessionResponseSchema,
  ErrorBodySchema,
  type PresenceResponse,
  PresenceResponseSchema,
  type SessionStateResponse,
  SessionStateResponseSchema,
} from '@horseshoe/protocol';
import type { BodySchema } from '../state/fetch-parsed.ts';

/** A refusal of the session API: its status and `{code, message}` (sessions.md, "Refusals"). */
export class SessionApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SessionApiError';
  }
}

/** The network failed (offline, server gone): the request may be sent again. */
export class NetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetworkError';
  }
}

/** How the client reaches the server; `fetch` by default, replaced in tests. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function call<T>(
  fetchFn: Fetch,
  url: string,
  schema: BodySchema<T>,
  init: { method?: 'GET' | 'POST'; token?: string; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetchFn(url, {
      method: init.method ?? 'GET',
      headers,
      cache: 'no-store',
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const refusal = ErrorBodySchema.safeParse(body);
    if (refusal.success) throw new SessionApiError(res.status, refusal.data.error.code, refusal.data.error.message);
    throw new SessionApiError(res.status, 'http/error', `${url}: HTTP ${res.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new SessionApiError(
      res.status,
      'client/unexpected',
      `${url}: unexpected answer (${parsed.error.issues[0]?.message ?? 'invalid'})`,
    );
  }
  return parsed.data;
}

const base = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

/** The session API of sessions.md, each answer checked with protocol's schema. */
export const sessionApi = {
  /** `POST /api/sessions`: tokens and links for every role. */
  create: (body: CreateSessionBody, fetchFn: Fetch = fetch): Promise<CreateSessionResponse> =>
    call(fetchFn, '/api/sessions', CreateSessionResponseSchema, { method: 'POST', body }),
  /** `GET /api/sessions/{id}`: the state as this token's role may see it, and the role. */
  state: (id: string, token: string, fetchFn: Fetch = fetch): Promise<SessionStateResponse> =>
    call(fetchFn, base(id), SessionStateResponseSchema, { token }),
  /** `POST /api/sessions/{id}/commands`. */
  command: (id: string, token: string, body: object, fetchFn: Fetch = fetch): Promise<CommandResponse> =>
    call(fetchFn, `${base(id)}/commands`, CommandResponseSchema, { method: 'POST', token, body }),
  /** `GET /api/sessions/{id}/presence`: the roles whose live feed is open. */
  presence: (id: string, token: string, fetchFn: Fetch = fetch): Promise<PresenceResponse> =>
    call(fetchFn, `${base(id)}/presence`, PresenceResponseSchema, { token }),
  /** `GET /api/sessions/{id}/advice`: the engine's advice to this seat. */
  advice: (id: string, token: string, fetchFn: Fetch = fetch): Promise<AdviceResponse> =>
    call(fetchFn, `${base(id)}/advice`, AdviceResponseSchema, { token }),
};

/** The live feed's address for a session on the page's own server. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>, id: string): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${base(id)}/live`;
}
