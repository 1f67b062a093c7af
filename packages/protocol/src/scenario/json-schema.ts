import { z } from 'zod';
import { ScenarioFileSchema } from './schema.ts';

/** Where the committed JSON Schema lives, relative to the protocol package. */
export const SCENARIO_SCHEMA_FILE = 'scenario.schema.json';

/**
 * The scenario file format as a JSON Schema (draft 2020-12), generated from the zod schema, for
 * editors to complete and check scenario files. Cross-field rules (clause ids, member codes,
 * distributions summing to 1) are checked by `parseScenario` only.
 * @example JSON.stringify(scenarioJsonSchema(), null, 2)
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioFileSchema, { target: 'draft-2020-12', io: 'input' });
  return { ...schema, $id: 'https://horseshoe.dev/schemas/scenario-1.json' };
}

/** The committed file's exact text. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
