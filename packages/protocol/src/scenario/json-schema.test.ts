import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_FILE, scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema.ts';

describe('scenario JSON Schema', () => {
  it('is committed up to date (regenerate with packages/protocol/scripts/write-scenario-schema.ts)', () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../..', SCENARIO_SCHEMA_FILE), 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('rejects unknown keys and requires title and decisions at the top level', () => {
    const schema = scenarioJsonSchema();
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['title', 'decisions']);
  });
});
