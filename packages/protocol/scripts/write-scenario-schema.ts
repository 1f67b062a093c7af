// Regenerates packages/protocol/scenario.schema.json from the zod schema.
// Usage: npx tsx packages/protocol/scripts/write-scenario-schema.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCENARIO_SCHEMA_FILE, scenarioJsonSchemaText } from '../src/scenario/json-schema.ts';

const target = path.resolve(import.meta.dirname, '..', SCENARIO_SCHEMA_FILE);
writeFileSync(target, scenarioJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
