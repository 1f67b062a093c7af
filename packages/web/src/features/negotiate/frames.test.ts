import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clauseId, createDecision, type Decision, memberId } from '@horseshoe/engine';
import { negotiate, seededRng } from '@horseshoe/engine/negotiation';
import { randomDecision, seededRng as testRng } from '@horseshoe/engine/testing';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import { evaluationAt, framesOf, stageOf } from './frames.ts';

const CASES = path.resolve(fileURLToPath(import.meta.url), '../../../../../../cases');

function caseDecisions(file: string): Decision[] {
  const r = parseScenario(readFileSync(path.join(CASES, file), 'utf8'), file);
  if (!r.ok) throw new Error(`${file}: ${r.errors[0]?.message}`);
  return [...r.scenario.decisions];
}

const LIBYA = caseDecisions('libya-2019.yaml');
const libya = (id: string) => LIBYA.find((d) => d.id === id) as Decision;
const talks = (d: Decision, penholder = 'GBR', seed = 1) =>
  negotiate({ decision: d, penholder: memberId(penholder), rng: seededRng(seed) });

describe('the frames of the British draft negotiated with GBR holding the pen', () => {
  const d = libya('uk-draft-resolution');
  const result = talks(d);
  const frames = framesOf(d, result);

  it('opens with the penholder circulating the tabled text, its clauses as text', () => {
    const first = frames[0];
    expect(first?.stage).toBe('Opening');
    expect(first?.text).toEqual(['ceasefire', 'blame-lna']);
    expect(first?.words).toBe(
      "United Kingdom of Great Britain and Northern Ireland circulates a draft resolution: “Calls for a ceasefire in Libya”, “Attributes the flare-up to the LNA's advance on Tripoli”.",
    );
  });

  it('says in plain words what Russia asks for and why, from its predicted vote on the text', () => {
    const ask = frames.find((f) => f.actor === 'RUS' && f.action === 'propose-amendment');
    expect(ask?.words).toBe(
      "Russian Federation asks to delete “Attributes the flare-up to the LNA's advance on Tripoli”. As the text stands, it votes no: the text attributes the flare-up to the LNA's advance on Tripoli, which it rejects.",
    );
  });

  it('shows the clause the penholder gives up as deleted at the step it accepts the amendment', () => {
    const accept = frames.find((f) => f.action === 'accept-amendment');
    expect(accept?.deleted).toEqual(['blame-lna']);
    expect(accept?.text).toEqual(['ceasefire']);
    const accepted = result.state.drafts[0]?.amendments.find((a) => a.status === 'accepted');
    const proposer = d.body.names[accepted?.proposer ?? ''];
    expect(accept?.words).toContain(
      `accepts ${proposer}'s amendment and deletes “Attributes the flare-up to the LNA's advance on Tripoli”`,
    );
  });

  it('shows the whole vote as one last step with the engine’s votes and outcome', () => {
    const last = frames.at(-1);
    expect(last?.stage).toBe('The decision');
    expect(last?.action).toBe('vote');
    expect(last?.ballot?.votes).toEqual(result.votes);
    expect(last?.ballot?.outcome.explanation).toBe(result.outcome.explanation);
    expect(last?.words).toContain(result.outcome.explanation);
    expect(last?.text).toEqual(result.text);
  });

  it('has the chamber predict every member’s vote on the text on the table at the step', () => {
    const opening = evaluationAt(d, frames[0]?.text ?? []);
    expect(opening.votes.find((v) => v.member === 'RUS')?.vote).toBe('no');
    const end = evaluationAt(d, frames.at(-1)?.text ?? []);
    expect(end.votes.find((v) => v.member === 'RUS')?.vote).toBe('yes');
    expect(end.passed).toBe(result.passed);
  });
});

describe('the frames of the formal statement', () => {
  const d = libya('formal-statement');
  const result = talks(d);
  const frames = framesOf(d, result);

  it('has Russia object in plain words: the text names the LNA, which it rejects', () => {
    expect(frames.find((f) => f.actor === 'RUS' && f.action === 'object')?.words).toBe(
      'Russian Federation objects: the text names the Libyan National Army, which it rejects.',
    );
  });

  it('ends with the President taking the text, in the engine’s words', () => {
    const last = frames.at(-1);
    expect(last?.action).toBe('adopt-by-consensus');
    expect(result.passed).toBe(false);
    expect(last?.words).toContain('Russian Federation would not agree');
  });
});

describe('a penholder that will not give up a clause', () => {
  // GBR values the sanctions clause at 2 and never concedes; Russia rejects it and asks to delete it.
  const d = createDecision({
    clauses: [
      { id: 'ceasefire', text: 'Calls for a ceasefire' },
      { id: 'sanctions', text: 'Imposes sanctions' },
    ],
    positions: { GBR: { values: { [clauseId('sanctions')]: 2 } }, RUS: { rejects: [clauseId('sanctions')] } },
  });
  const result = negotiate({
    decision: d,
    penholder: memberId('GBR'),
    strategies: new Map([[memberId('GBR'), 'hard-liner']]),
    rng: seededRng(1),
  });
  const frames = framesOf(d, result);

  it('has the amendment left pending voted first, in words, with its count and fate', () => {
    const ballots = frames.filter((f) => f.action === 'vote');
    expect(ballots).toHaveLength(2);
    expect(ballots[0]?.ballot?.amendmentId).not.toBeNull();
    expect(ballots[0]?.words).toMatch(
      /^The President puts RUS's amendment to delete “Imposes sanctions” to the vote first \(Rule 36\): \d+ in favour, \d+ against, \d+ abstaining; the amendment is (adopted|rejected)\.$/,
    );
    expect(ballots[1]?.ballot?.amendmentId).toBeNull();
    expect(ballots[1]?.ballot?.outcome.explanation).toBe(result.outcome.explanation);
  });
});

describe('frames of every case decision', () => {
  const all = readdirSync(CASES)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => caseDecisions(f));

  it('show every step of the engine exactly once, in order, for several penholders and seeds', () => {
    for (const d of all) {
      for (const ph of d.body.permanent.slice(0, 3)) {
        for (const seed of [1, 7]) {
          const result = talks(d, ph, seed);
          const frames = framesOf(d, result);
          expect(frames.flatMap((f) => f.steps)).toEqual(result.steps);
          for (const f of frames) expect(f.text).toEqual(f.steps.at(-1)?.text);
        }
      }
    }
  });

  it('name clauses by their text, never by their id, wherever a clause has a text', () => {
    for (const d of all) {
      const ids = d.clauses.filter((c) => c.text).map((c) => c.id);
      for (const f of framesOf(d, talks(d, d.body.permanent[0]))) {
        // Outside the quoted clause texts, no clause id is left.
        const unquoted = f.words.replace(/“[^”]*”/g, '“…”');
        for (const id of ids) expect(unquoted).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`));
      }
    }
  });
});

describe('frames of random decisions', () => {
  // Every command the delegations send has its own sentence, and every amendment is found in the session.
  const SPOKEN = new Set([
    'circulate-draft',
    'object',
    'break-silence',
    'withdraw-objection',
    'propose-amendment',
    'withdraw-amendment',
    'accept-amendment',
    'state-position',
    'adopt-by-consensus',
    'vote',
  ]);
  const rng = testRng(15);
  const decisions = Array.from({ length: 40 }, () => randomDecision(rng, { clauses: 8, fixedVotes: 0 }));

  it('say every step in its own words, naming each amendment by its change', () => {
    for (const d of decisions) {
      const ph = d.body.permanent[0] ?? memberId('P1');
      for (const f of framesOf(d, negotiate({ decision: d, penholder: ph, rounds: 6, rng: seededRng(3) }))) {
        expect(SPOKEN.has(f.action), `${f.action}: ${f.words}`).toBe(true);
        expect(f.words).not.toMatch(
          /proposes an amendment|withdraws an amendment|accepts an amendment|puts an amendment/,
        );
        expect(f.steps.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('stages', () => {
  it('call round 0 the opening and the round after the last the decision', () => {
    expect([0, 1, 3, 4].map((r) => stageOf(r, 3))).toEqual(['Opening', 'Round 1', 'Round 3', 'The decision']);
  });
});
