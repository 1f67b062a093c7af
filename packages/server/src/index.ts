// The public API of @horseshoe/server.

export { listCases, readCase } from './http/cases.ts';
export { type CreateServerOptions, createServer } from './http/create-server.ts';
export type { RecordSource } from './http/record.ts';
