// The public API of @horseshoe/drafting: from a news report to a scenario.

export { type DraftOptions, type DraftResult, draftScenario } from './draft.ts';
export { type DraftError, MAX_CHARS } from './input.ts';
export { renderDraft } from './render.ts';
export type { Citation, Draft, FieldCitation, Sentence } from './types.ts';
