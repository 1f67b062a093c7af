import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Clause, clauseId, evaluateDecision, INSTRUMENTS, type Scenario } from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import {
  INSTRUMENT_GLOSSARY,
  instrumentWithArticle,
  interestSentence,
  reasonPhrase,
  textContains,
  voteSentence,
  withClauseTexts,
} from './sentences.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../..');

function libya(): Scenario {
  const r = parseScenario(readFileSync(path.join(ROOT, 'cases/libya-2019.yaml'), 'utf8'), 'libya-2019.yaml');
  if (!r.ok) throw new Error('the Libya case does not load');
  return r.scenario;
}

function sentenceOf(decisionIndex: number, member: string): string {
  const decision = libya().decisions[decisionIndex];
  if (!decision) throw new Error(`no decision ${decisionIndex}`);
  const vote = evaluateDecision(decision).votes.find((v) => v.member === member);
  if (!vote) throw new Error(`no vote of ${member}`);
  return voteSentence(vote.name, vote.vote, vote.reason, decision.clauses, decision.instrument);
}

const clause = (id: string, text?: string): Clause =>
  ({ id: clauseId(id), text: text ?? null, fixed: false }) as Clause;

describe('sentences about votes', () => {
  it('says why Russia votes no on the British draft in words, with the clause as a verb', () => {
    expect(sentenceOf(2, 'RUS')).toBe(
      "Russian Federation votes no: the text attributes the flare-up to the LNA's advance on Tripoli, which it rejects.",
    );
  });

  it('says "objects" rather than "votes no" for a statement agreed by consensus', () => {
    expect(sentenceOf(1, 'RUS')).toBe(
      'Russian Federation objects: the text names the Libyan National Army, which it rejects.',
    );
  });

  it('says what a text leaves out that a member requires', () => {
    const s = libya();
    const decision = s.decisions[1];
    if (!decision) throw new Error('no formal statement');
    const phrase = reasonPhrase({ type: 'requires', clause: clauseId('name-lna'), vote: 'no' }, decision.clauses);
    expect(phrase).toBe('the text leaves out “Names the Libyan National Army”, which it requires');
  });

  it('says a member with no red lines crossed agrees, with no engine field names', () => {
    const sentence = sentenceOf(1, 'DEU');
    expect(sentence).toBe('Germany agrees: the text crosses none of its red lines.');
  });

  it('explains a utility-based abstention without the words utility or yesAt', () => {
    const sentence = sentenceOf(2, 'USA');
    expect(sentence).toBe(
      'United States of America abstains: the text is worth -1 to it, less than the 1 it needs to vote yes.',
    );
    expect(sentence).not.toMatch(/utility|yesAt|noBelow|`/);
  });

  it('quotes a clause whose text does not start with a verb', () => {
    expect(textContains([clause('m', 'The mechanism identifies those responsible.')], 'm')).toBe(
      'the text includes “The mechanism identifies those responsible”',
    );
    expect(textContains([clause('x')], 'x')).toBe('the text includes “x”');
  });

  it('writes a vote distribution as chances', () => {
    expect(
      voteSentence(
        'France',
        { yes: 0.6, no: 0, abstain: 0.4, absent: 0 },
        { type: 'fixed', vote: 'yes' },
        [],
        'resolution',
      ),
    ).toBe('France may vote yes 60%, abstain 40%.');
  });
});

describe('sentences about instruments and clauses', () => {
  it('puts no article before the plural "press elements" and the right one before the others', () => {
    expect(instrumentWithArticle('press-elements')).toBe('press elements');
    expect(instrumentWithArticle('presidential-statement')).toBe('a presidential statement');
    expect(instrumentWithArticle('resolution')).toBe('a draft resolution');
  });

  it('has a glossary line for every instrument', () => {
    for (const i of INSTRUMENTS) expect(INSTRUMENT_GLOSSARY[i].meaning.length).toBeGreaterThan(20);
  });

  it('replaces clause ids in backticks by the clause text', () => {
    const clauses = [clause('name-lna', 'Names the Libyan National Army.')];
    expect(withClauseTexts('Russian Federation rejects `name-lna`: it votes no', clauses)).toBe(
      'Russian Federation rejects “Names the Libyan National Army”: it votes no',
    );
    expect(withClauseTexts('requires `other`', clauses)).toBe('requires other');
  });
});

describe('sentences about a member’s best interest', () => {
  it('names the best instrument with its article and no engine words', () => {
    expect(interestSentence('United States of America', 'resolution', 1, [1, 1])).toBe(
      'United States of America is best served by a draft resolution: its best passing text is worth 1 to it, against 0 for no decision.',
    );
  });

  it('says when no decision serves a member better than any passing text', () => {
    expect(interestSentence('France', null, 0, [-1, -2])).toBe(
      'No passing text is worth more to France than no decision at all: the best it can get adopted is worth -1.',
    );
    expect(interestSentence('France', null, 0, [])).toBe(
      'Nothing can pass under any instrument, so France gets no decision.',
    );
  });
});
