import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  compareWithRecord,
  type DecisionEvaluation,
  evaluateScenario,
  fallbackFor,
  modalVote,
} from '@horseshoe/engine';
import { describe, expect, it } from 'vitest';
import { formatScenarioError, parseScenario } from './scenario/parse.ts';

// Every scenario of the case library (cases/ at the repository root) must load and reproduce the
// recorded result of each decision that carries one: outcome, count and every vote the record names.

const CASES = path.resolve(import.meta.dirname, '../../../cases');
const files = readdirSync(CASES).filter((f) => /\.(ya?ml|json)$/.test(f));

function evaluateCase(file: string): DecisionEvaluation[] {
  const r = parseScenario(readFileSync(path.join(CASES, file), 'utf8'), `cases/${file}`);
  if (!r.ok) throw new Error(r.errors.map(formatScenarioError).join('\n'));
  return evaluateScenario(r.scenario);
}

const voteOf = (e: DecisionEvaluation | undefined, code: string) => {
  const v = e?.votes.find((m) => m.member === code)?.vote;
  return v === undefined ? undefined : modalVote(v);
};

describe('case library', () => {
  it.each(files)('%s loads and reproduces every recorded outcome, tally and named vote', (file) => {
    for (const e of evaluateCase(file)) {
      const cmp = compareWithRecord(e);
      if (!cmp) continue;
      expect({ id: e.decision.id, reason: e.outcome.reason }).toEqual({
        id: e.decision.id,
        reason: cmp.recorded.outcome,
      });
      if (cmp.recorded.tally) {
        const { yes, no, abstain } = e.outcome.tally;
        expect({ yes, no, abstain }).toEqual(cmp.recorded.tally);
      }
      expect(cmp.mismatches).toEqual([]);
      expect(cmp.matches).toBe(true);
    }
  });

  it('holds at least five recorded votes that name members, each reproduced member by member', () => {
    const recorded = files
      .flatMap(evaluateCase)
      .filter((e) => e.decision.recorded?.tally && (e.decision.recorded.votes.size ?? 0) > 0);
    expect(recorded.length).toBeGreaterThanOrEqual(5);
    for (const e of recorded) expect(compareWithRecord(e)?.mismatches).toEqual([]);
  });
});

describe('cases/libya-2019.yaml', () => {
  const [pressElements, statement, draft] = evaluateCase('libya-2019.yaml');

  it('seats the Council of 18 April 2019', () => {
    expect([...(draft?.decision.body.members ?? [])].sort()).toEqual(
      ['CHN', 'FRA', 'RUS', 'GBR', 'USA', 'BEL', 'CIV', 'DOM', 'GNQ', 'DEU', 'IDN', 'KWT', 'PER', 'POL', 'ZAF'].sort(),
    );
  });

  it('agrees the press elements of 5 April that name the LNA', () => {
    expect(pressElements?.decision.instrument).toBe('press-elements');
    expect(pressElements?.text).toContain('name-lna');
    expect(pressElements?.outcome.adopted).toBe(true);
  });

  it('blocks the formal statement: Russia rejects naming the LNA', () => {
    expect(statement?.outcome.reason).toBe('objection');
    expect(statement?.outcome.objections).toEqual(['RUS']);
    expect(statement?.votes.find((v) => v.member === 'RUS')?.reason).toEqual({
      type: 'rejects',
      clause: 'name-lna',
      vote: 'no',
    });
  });

  it('finds no text of the statement that both Russia and the United States accept', () => {
    const option = statement ? fallbackFor(statement.decision).options[0] : undefined;
    expect(option?.part).toBeNull();
    expect(option?.withoutEach.map((p) => p.blockers.map((b) => b.member))).toEqual([['USA']]);
  });

  it('does not adopt the British draft: Russia’s no is a veto, and the US does not support it', () => {
    expect(draft?.decision.instrument).toBe('resolution');
    expect(draft?.outcome.reason).toBe('veto');
    expect(draft?.outcome.vetoes).toEqual(['RUS']);
    expect(voteOf(draft, 'USA')).not.toBe('yes');
    expect(draft?.probability).toBe(0);
  });
});
