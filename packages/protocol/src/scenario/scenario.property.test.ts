import {
  type ClauseId,
  DEFAULT_POSITION,
  type Decision,
  evaluateDecision,
  evaluateScenario,
  type MemberId,
  predictDecisionVotes,
  predictVote,
  type Scenario,
} from '@horseshoe/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { arbitraryScenarioFile } from '../testing/arbitrary-scenario.ts';
import { formatScenarioError, parseScenario } from './parse.ts';
import type { ScenarioFileInput as ScenarioFile } from './schema.ts';

function load(file: ScenarioFile, asJson = false): Scenario {
  const text = asJson ? JSON.stringify(file) : stringify(file);
  const r = parseScenario(text, asJson ? 'generated.json' : 'generated.yaml');
  if (!r.ok) throw new Error(`${r.errors.map(formatScenarioError).join('\n')}\n${text}`);
  return r.scenario;
}

const scenarios = fc.oneof({ weight: 5, arbitrary: arbitraryScenarioFile() }, arbitraryScenarioFile({ council: true }));
const RUNS = { numRuns: 300 };

function* clauseRemovals(d: Decision): Generator<[MemberId, ClauseId]> {
  for (const [member, position] of d.positions) for (const c of position.rejects) yield [member, c];
}

describe('random valid scenarios', () => {
  it('load from YAML and from JSON alike', () => {
    fc.assert(
      fc.property(scenarios, (file) => {
        const fromYaml = evaluateScenario(load(file)).map((e) => [e.outcome, e.probability, e.votes]);
        const fromJson = evaluateScenario(load(file, true)).map((e) => [e.outcome, e.probability, e.votes]);
        expect(fromJson).toEqual(fromYaml);
      }),
      RUNS,
    );
  });

  it('a member with no position at either level votes yes on every text', () => {
    fc.assert(
      fc.property(scenarios, (file) => {
        const scenarioLevel = new Set(Object.keys(file.positions ?? {}));
        load(file).decisions.forEach((d, i) => {
          const own = new Set(Object.keys(file.decisions[i]?.positions ?? {}));
          for (const [member, vote] of predictDecisionVotes(d)) {
            if (!scenarioLevel.has(member) && !own.has(member)) expect(vote.vote).toBe('yes');
          }
        });
      }),
      RUNS,
    );
  });

  it('removing a clause a member rejects never turns its yes into no', () => {
    fc.assert(
      fc.property(scenarios, (file) => {
        for (const d of load(file).decisions) {
          const text = new Set(d.tabled);
          for (const [member, clause] of clauseRemovals(d)) {
            const before = predictDecisionVotes(d, text).get(member)?.vote;
            const after = predictDecisionVotes(d, new Set([...text].filter((c) => c !== clause))).get(member)?.vote;
            if (before === 'yes') expect(after).not.toBe('no');
          }
        }
      }),
      RUNS,
    );
  });

  it('adding a clause never lowers the vote of a member without red lines whose values are all non-negative', () => {
    fc.assert(
      fc.property(scenarios, (file) => {
        const rank = { no: 0, abstain: 1, absent: 1, yes: 2 } as const;
        for (const d of load(file).decisions) {
          for (const [, position] of d.positions) {
            if (position.vote !== null || position.rejects.length > 0 || position.requires.length > 0) continue;
            if (Object.values(position.values).some((v) => v < 0)) continue;
            const text = new Set(d.tabled);
            for (const clause of d.clauses) {
              const before = predictVote(position, text).vote;
              const after = predictVote(position, new Set([...text, clause.id])).vote;
              if (typeof before === 'string' && typeof after === 'string')
                expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('a fixed vote does not depend on the text', () => {
    fc.assert(
      fc.property(scenarios, (file) => {
        for (const d of load(file).decisions) {
          for (const [member, position] of d.positions) {
            if (position.vote === null) continue;
            expect(predictDecisionVotes(d, new Set()).get(member)?.vote).toEqual(position.vote);
            expect(predictDecisionVotes(d, new Set(d.clauses.map((c) => c.id))).get(member)?.vote).toEqual(
              position.vote,
            );
          }
        }
      }),
      RUNS,
    );
  });

  it('gives a probability in [0, 1], exactly 0 or 1 when every vote is fixed, and passed agrees with it', () => {
    fc.assert(
      fc.property(scenarios, (file) => {
        for (const e of evaluateScenario(load(file))) {
          expect(e.probability).toBeGreaterThanOrEqual(0);
          expect(e.probability).toBeLessThanOrEqual(1);
          if (e.certain) {
            expect(e.probability).toBe(e.outcome.adopted ? 1 : 0);
            expect(e.passed).toBe(e.outcome.adopted);
          } else expect(e.passed).toBe(e.probability > 0.5);
        }
      }),
      RUNS,
    );
  });

  it('never lowers the probability of adoption when one member is made to vote yes', () => {
    fc.assert(
      fc.property(scenarios, fc.nat(), (file, pick) => {
        for (const d of load(file).decisions) {
          const member = d.body.members[pick % d.body.members.length] as MemberId;
          const positions = new Map(d.positions);
          positions.set(member, { ...DEFAULT_POSITION, vote: 'yes' });
          const before = evaluateDecision(d).probability;
          const after = evaluateDecision({ ...d, positions }).probability;
          expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        }
      }),
      RUNS,
    );
  });

  it('agrees a consensus text only when no member can vote no', () => {
    fc.assert(
      fc.property(scenarios, (file) => {
        for (const e of evaluateScenario(load(file))) {
          if (e.outcome.rule !== 'consensus' || !e.certain) continue;
          expect(e.outcome.adopted).toBe(e.votes.every((v) => v.vote !== 'no'));
        }
      }),
      RUNS,
    );
  });

  it('a decision-level position overrides exactly the fields it gives', () => {
    fc.assert(
      fc.property(scenarios, (file) => {
        const s = load(file);
        s.decisions.forEach((d, i) => {
          for (const [code, own] of Object.entries(file.decisions[i]?.positions ?? {})) {
            const effective = d.positions.get(code as MemberId);
            if (own.yesAt !== undefined) expect(effective?.yesAt).toBe(own.yesAt);
            if (own.onRedLine !== undefined) expect(effective?.onRedLine).toBe(own.onRedLine);
            if (own.rejects !== undefined) expect(effective?.rejects).toEqual(own.rejects);
            const inherited = file.positions?.[code];
            if (own.yesAt === undefined && inherited?.yesAt !== undefined)
              expect(effective?.yesAt).toBe(inherited.yesAt);
          }
        });
      }),
      RUNS,
    );
  });
});
