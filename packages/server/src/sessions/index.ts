// Live sessions on the server: the reducer behind a port, the service over a store, the routes.

export { createAdvicePool } from './advice-pool.ts';
export { SESSION_ENGINE } from './engine-adapter.ts';
export type { CreateInput, SessionEnginePort } from './engine-port.ts';
export { type Failure, SESSION_FAILURES } from './failures.ts';
export { type SessionRoutesOptions, sessionRoutes } from './routes.ts';
export { type AuditEntry, SessionService, type SessionServiceOptions } from './service.ts';
export { hashToken, type SessionTokens } from './tokens.ts';
