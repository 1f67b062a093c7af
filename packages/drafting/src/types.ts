import type { Instrument } from '@horseshoe/engine';
import type { ScenarioFileInput } from '@horseshoe/protocol';
import type { OutcomeCue } from './outcomes.ts';
import type { Sentence } from './sentences.ts';

/** The sentence a field was read from; `assumption` says what was inferred rather than read. */
export interface Citation {
  /** Index into {@link Draft.sentences}. */
  readonly sentence: number;
  readonly quote: string;
  readonly assumption?: string;
  /** What the field means, when its value alone does not say ("drafted by GBR"). */
  readonly note?: string;
}

/** A field of the drafted scenario and where it came from. `path` is the field's path in the scenario. */
export interface FieldCitation extends Citation {
  readonly path: readonly (string | number)[];
}

/** A vote read from the text (or inferred, with an assumption). */
export type ReadVote = 'yes' | 'no' | 'abstain' | 'absent';

/** A recorded result as the text states it. */
export type ReadOutcome = 'adopted' | 'veto' | 'insufficient-votes' | 'objection';

/** One member's stance on one decision, as read. */
export interface Stance {
  readonly member: string;
  readonly kind: 'vote' | 'rejects' | 'requires';
  /** The vote for `vote`, the clause id for `rejects` / `requires`. */
  readonly value: string;
  readonly cite: Citation;
}

/** A clause (candidate paragraph) the text says a draft contains. */
export interface ReadClause {
  readonly id: string;
  readonly text: string;
  readonly cite: Citation;
}

/** A decision found in the text, before it becomes part of a scenario file. */
export interface ReadDecision {
  instrument: Instrument;
  instrumentCite: Citation;
  penholders: string[];
  penCite?: Citation;
  date?: string;
  dateCite?: Citation;
  clauses: ReadClause[];
  stances: Stance[];
  /** What the text says about how it ended, each cue with the first sentence that says so. */
  flags: Partial<Record<OutcomeCue, Citation>>;
  /** Yes, no and abstain counts as stated, each with its sentence. */
  tally: { yes?: number; no?: number; abstain?: number; cites: Citation[] };
}

/** A drafted scenario: the object, where each field came from, and the sentences left to the user. */
export interface Draft {
  readonly scenario: ScenarioFileInput;
  readonly citations: readonly FieldCitation[];
  readonly sentences: readonly Sentence[];
  /** Sentences about the Council from which nothing was read. */
  readonly unhandled: readonly Sentence[];
  /** The dateline: where the scenario's date came from. */
  readonly dateline: Citation | { readonly given: string };
}

export type { Sentence };
