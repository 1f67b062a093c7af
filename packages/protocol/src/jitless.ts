import { z } from 'zod';

// In a browser, every schema parses without compiling code at run time. zod otherwise probes
// `new Function` when a schema is built, which the server's strict Content-Security-Policy (no
// 'unsafe-eval', docs/security.md) blocks and reports as a violation in the web app. Imported first by
// index.ts, so it runs before any schema is made. Node (CLI, server, tests) keeps zod's faster compiled parsers.
if ('document' in globalThis) z.config({ jitless: true });
