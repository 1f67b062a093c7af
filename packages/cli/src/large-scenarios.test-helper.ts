import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clauseId, type Decision, memberId, type Position } from '@horseshoe/engine';
import { blocDecision, randomDecision, seededRng } from '@horseshoe/engine/testing';

// Generated inputs of the sizes issue 18 names (10,000 clauses, a 2,000-member body, 1,000 uncertain
// members), written as scenario files for the CLI. Seeded, so every run sees the same files.

const dir = mkdtempSync(path.join(os.tmpdir(), 'horseshoe-large-'));

/** Writes one decision as a scenario file (JSON) with a custom body; returns its path. */
export function writeScenario(name: string, d: Decision, id = 'draft'): string {
  const scenario = {
    title: name,
    body: { members: d.body.members, permanent: d.body.permanent, threshold: d.body.threshold },
    positions: Object.fromEntries(d.positions),
    decisions: [
      {
        id,
        instrument: d.instrument,
        clauses: d.clauses.map((c) => ({ id: c.id, fixed: c.fixed })),
        tabled: d.tabled,
      },
    ],
  };
  const file = path.join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify(scenario, (_k, v) => (v === Number.NEGATIVE_INFINITY ? undefined : v)),
  );
  return file;
}

/** A resolution of 10,000 clauses before the 15-member test body, with random positions. */
export function tenThousandClauses(): string {
  const d = randomDecision(seededRng(10_000), { clauses: 10_000, instrument: 'resolution', fixedVotes: 0 });
  return writeScenario('clauses-10000', d);
}

/**
 * A resolution of 40 clauses before a 2,000-member body in 5 blocs that needs 1,990 votes. With
 * `deadlock`, two members hold red lines that exclude each other (M1 rejects c0, M2 requires it) and every
 * vote is needed, so no text passes and the search explains the deadlock over the whole body.
 */
export function twoThousandMembers(deadlock = false): string {
  const d = blocDecision(seededRng(2000), { clauses: 40, members: 2000, blocs: 5, threshold: deadlock ? 2000 : 1990 });
  if (!deadlock) return writeScenario('members-2000', d);
  const positions = new Map(d.positions);
  const red = (m: string, field: 'rejects' | 'requires') => {
    const p = positions.get(memberId(m)) as Position;
    positions.set(memberId(m), { ...p, [field]: [...p[field], clauseId('c0')], onRedLine: 'no' });
  };
  red('M1', 'rejects');
  red('M2', 'requires');
  return writeScenario('members-2000-deadlock', { ...d, positions });
}

/** A body of n members, each voting by a distribution of its own, 5 of them permanent; needs 60 %. */
export function uncertainMembers(n: number): string {
  const members = Array.from({ length: n }, (_, i) => `m${i}`);
  const positions = Object.fromEntries(
    members.map((m, i) => {
      const yes = 0.4 + (i % 11) / 50;
      return [m, { vote: { yes, no: 0.2, abstain: 0.3 - (i % 11) / 50, absent: 0.1 } }];
    }),
  );
  const scenario = {
    title: `${n} uncertain members`,
    body: { members, permanent: members.slice(0, 5), threshold: Math.ceil(n * 0.6) },
    positions,
    decisions: [{ id: 'draft', instrument: 'resolution', clauses: [{ id: 'c0' }] }],
  };
  const file = path.join(dir, `uncertain-${n}.json`);
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}
