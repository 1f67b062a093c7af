// The public API of @horseshoe/server.

export { listCases, readCase } from './http/cases.ts';
export { type CreateServerOptions, createServer } from './http/create-server.ts';
export { filesVersion, memoByFiles } from './http/file-memo.ts';
export { DEFAULT_LIMITS, LOOPBACK_HOSTS, type ServerLimits } from './http/hardening.ts';
export type { RecordSource } from './http/record.ts';
export * from './sessions/index.ts';
export * from './store/index.ts';
