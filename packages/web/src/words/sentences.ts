import {
  type CastVote,
  type Clause,
  formatDistribution,
  type Instrument,
  instrumentNoun,
  isConsensusInstrument,
  type VoteDistribution,
  type VoteReason,
} from '@horseshoe/engine';

// Every sentence a person reads about a vote, a reason or an instrument is made here, from the engine's
// data (reasons, outcomes, clauses). The engine's developer words (`yesAt`, clause ids in backticks)
// stay in the JSON and the CLI's `--json`.

/** What the app calls each instrument, and the glossary line shown as its tooltip. */
export const INSTRUMENT_GLOSSARY: Readonly<Record<Instrument, { readonly name: string; readonly meaning: string }>> = {
  resolution: {
    name: 'Resolution',
    meaning: 'A formal decision put to a vote: it needs 9 of the 15 votes and no veto by a permanent member.',
  },
  procedural: {
    name: 'Procedural vote',
    meaning: 'A vote on how the Council works (agenda, meetings): 9 votes, and no member has a veto.',
  },
  'presidential-statement': {
    name: 'Presidential statement',
    meaning:
      'A statement read out by the President on behalf of the Council: no vote, every member must agree, so any one member can block it.',
  },
  'press-statement': {
    name: 'Press statement',
    meaning: 'A statement to the press issued by the President: no vote, every member must agree.',
  },
  'press-elements': {
    name: 'Press elements',
    meaning: 'Points the President gives the press orally after consultations: no vote, every member must agree.',
  },
};

/** "a draft resolution", "a presidential statement", "press elements" (a plural noun takes no article). */
export function instrumentWithArticle(instrument: Instrument): string {
  const noun = instrumentNoun(instrument);
  if (instrument === 'press-elements') return noun;
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** The verb for a vote: "votes yes", "abstains"; under consensus "agrees" and "objects". */
export function voteVerb(vote: CastVote, consensus: boolean): string {
  switch (vote) {
    case 'yes':
      return consensus ? 'agrees' : 'votes yes';
    case 'no':
      return consensus ? 'objects' : 'votes no';
    case 'abstain':
      return 'abstains';
    case 'absent':
      return 'is absent';
    default: {
      const never: never = vote;
      throw new Error(`unexpected vote ${String(never)}`);
    }
  }
}

/** The same verb in the past, for the record: "voted yes", "abstained"; under consensus "agreed", "objected". */
export function votedVerb(vote: CastVote, consensus: boolean): string {
  const past: Readonly<Record<CastVote, string>> = consensus
    ? { yes: 'agreed', no: 'objected', abstain: 'abstained', absent: 'was absent' }
    : { yes: 'voted yes', no: 'voted no', abstain: 'abstained', absent: 'was absent' };
  return past[vote];
}

/** A clause as a person reads it: its text, else its id. */
export function clauseLabel(clauses: readonly Clause[], id: string): string {
  const text = clauses.find((c) => c.id === id)?.text;
  return text ? text.replace(/\.$/, '') : id;
}

// First words that are not a verb in the third person although they end in "s".
const NOT_VERBS = new Set(['this', 'its', 'his', 'has', 'was', 'is', 'as', 'us', 'unless', 'thus', 'besides']);

/** "the text names the Libyan National Army" (a clause written as a verb), else "the text includes “…”". */
export function textContains(clauses: readonly Clause[], id: string): string {
  const label = clauseLabel(clauses, id);
  const first = /^([A-Z][a-z]+s)\b/.exec(label)?.[1];
  if (first && !NOT_VERBS.has(first.toLowerCase()) && label !== id) {
    return `the text ${first.toLowerCase()}${label.slice(first.length)}`;
  }
  return `the text includes “${label}”`;
}

/** Why the member votes as it does, after its name and verb: "the text names the LNA, which it rejects". */
export function reasonPhrase(reason: VoteReason, clauses: readonly Clause[]): string {
  switch (reason.type) {
    case 'fixed':
      return 'its vote is set in the scenario, whatever the text';
    case 'distribution':
      return `its vote is uncertain (${formatDistribution(reason.distribution)})`;
    case 'rejects':
      return `${textContains(clauses, reason.clause)}, which it rejects`;
    case 'requires':
      return `the text leaves out “${clauseLabel(clauses, reason.clause)}”, which it requires`;
    case 'utility-yes':
      return reason.utility === 0 && reason.yesAt === 0
        ? 'the text crosses none of its red lines'
        : `the text is worth ${num(reason.utility)} to it, and it votes yes from ${num(reason.yesAt)}`;
    case 'utility-no':
      return `the text is worth ${num(reason.utility)} to it, less than the ${num(reason.noBelow)} below which it votes no`;
    case 'utility-abstain':
      return `the text is worth ${num(reason.utility)} to it, less than the ${num(reason.yesAt)} it needs to vote yes`;
    default: {
      const never: never = reason;
      throw new Error(`unexpected reason ${JSON.stringify(never)}`);
    }
  }
}

/** The member's vote as a sentence: "Russian Federation votes no: the text names the LNA, which it rejects." */
export function voteSentence(
  name: string,
  vote: CastVote | VoteDistribution,
  reason: VoteReason,
  clauses: readonly Clause[],
  instrument: Instrument,
): string {
  if (typeof vote !== 'string') return `${name} may vote ${formatDistribution(vote)}.`;
  return `${name} ${voteVerb(vote, isConsensusInstrument(instrument))}: ${reasonPhrase(reason, clauses)}.`;
}

/** Replaces every `clause-id` in backticks in an engine sentence by the clause's text in quotes. */
export function withClauseTexts(sentence: string, clauses: readonly Clause[]): string {
  return sentence.replace(/`([^`]+)`/g, (_, id: string) => {
    const label = clauseLabel(clauses, id);
    return label === id ? id : `“${label}”`;
  });
}

/** "1", "-2", "0.5": a value as written in the scenario. */
function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

/** Which outcome serves a member best, in words (from the engine's `bestInterest` data). */
export function interestSentence(
  name: string,
  best: Instrument | null,
  bestUtility: number,
  passingWorth: readonly number[],
): string {
  if (best !== null) {
    return `${name} is best served by ${instrumentWithArticle(best)}: its best passing text is worth ${num(bestUtility)} to it, against 0 for no decision.`;
  }
  if (passingWorth.length === 0) return `Nothing can pass under any instrument, so ${name} gets no decision.`;
  return `No passing text is worth more to ${name} than no decision at all: the best it can get adopted is worth ${num(Math.max(...passingWorth))}.`;
}
