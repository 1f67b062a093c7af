import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateScenario } from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../run-cli.ts';
import { runReplay } from './session-replay.ts';

const LIBYA = path.join(REPO_ROOT, 'cases/sessions/libya-2019.session.yaml');

function tempScript(text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'horseshoe-replay-'));
  const file = path.join(dir, 's.session.yaml');
  writeFileSync(file, text);
  return file;
}

describe('the Libya 2019 session script', () => {
  const scenarioFile = path.join(REPO_ROOT, 'cases/libya-2019.yaml');
  const parsed = parseScenario(readFileSync(scenarioFile, 'utf8'), scenarioFile);
  if (!parsed.ok) throw new Error('the Libya case does not load');
  const evaluated = new Map(evaluateScenario(parsed.scenario).map((e) => [e.decision.id, e]));
  const replay = runReplay(LIBYA, { advice: 'GBR' });
  const draft = (id: string) => replay.state.drafts.find((d) => d.id === id);

  it('agrees the press elements of 5 April by consensus, as the case predicts and records', () => {
    const e = evaluated.get('press-elements-5-april');
    expect([draft('press-elements-5-april')?.status, draft('press-elements-5-april')?.outcome?.reason]).toEqual([
      'adopted',
      e?.outcome.reason,
    ]);
    expect(e?.outcome.reason).toBe('adopted');
  });

  it('blocks the formal statement on Russia’s objection, as the case predicts', () => {
    const e = evaluated.get('formal-statement');
    const blocked = replay.events.find((x) => x.type === 'consensus-blocked');
    expect(blocked?.type === 'consensus-blocked' ? [blocked.draftId, blocked.objectors] : null).toEqual([
      'formal-statement',
      e?.outcome.objections,
    ]);
    expect(draft('formal-statement')?.outcome?.explanation).toBe(e?.outcome.explanation);
  });

  it('leaves the British draft undecided, and the penholder’s advice predicts the case’s veto', () => {
    const e = evaluated.get('uk-draft-resolution');
    expect(draft('uk-draft-resolution')?.status).toBe('circulated');
    expect(replay.state.votes).toEqual([]);
    const advice = replay.advice[0]?.drafts.find((d) => d.draftId === 'uk-draft-resolution');
    expect([advice?.outcome.reason, advice?.outcome.vetoes, advice?.outcome.explanation]).toEqual([
      e?.outcome.reason,
      e?.outcome.vetoes,
      e?.outcome.explanation,
    ]);
    expect(Object.fromEntries(advice?.votes.map((v) => [v.member, v.vote]) ?? [])).toEqual(
      Object.fromEntries(e?.votes.map((v) => [v.member, v.vote]) ?? []),
    );
    expect(advice?.blockers.map((b) => [b.member, b.edit?.remove, b.edit?.passes])).toEqual([
      ['RUS', ['blame-lna'], true],
    ]);
  });
});

describe('horseshoe session replay', () => {
  it('prints the timeline and the drafts, and exits 0', () => {
    const r = runCli(['session', 'replay', 'cases/sessions/libya-2019.session.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('consensus on "formal-statement" blocked by RUS');
    expect(r.stdout).toContain(
      'uk-draft-resolution: draft resolution, text ceasefire, blame-lna: on the table, not decided',
    );
  });

  it('prints JSON with --json, and hides private positions from the role given with --as', () => {
    const file = tempScript(
      'title: t\ndate: 2019-04-18\nsteps:\n  - { actor: "seat:RUS", type: state-position, visibility: private, position: { rejects: [x] } }\n  - { actor: "seat:FRA", type: state-position, visibility: public, position: {} }\n',
    );
    const asGallery = runCli(['session', 'replay', file, '--json', '--as', 'gallery']);
    expect(asGallery.status).toBe(0);
    const json = JSON.parse(asGallery.stdout) as { events: { type: string }[]; positions: { member: string }[] };
    expect(json.events.map((e) => e.type)).toEqual(['session-created', 'position-stated']);
    expect(json.positions.map((p) => p.member)).toEqual(['FRA']);
    const asRussia = JSON.parse(runCli(['session', 'replay', file, '--json', '--as', 'seat:RUS']).stdout);
    expect(asRussia.positions.map((p: { member: string }) => p.member)).toEqual(['RUS', 'FRA']);
  });

  it('exits 2 on a bad script, every error as file:line:column: field: message, and no stack trace', () => {
    const file = tempScript(
      'title: t\ndate: 2019-04-18\nsteps:\n  - { actor: chair, type: open-vote, voteId: "" }\n  - { actor: "chair", type: fly }\n  - { actor: judge, type: set-timer, seconds: 5 }\n',
    );
    const r = runCli(['session', 'replay', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:4:46: steps[0].voteId: expected a non-empty id`);
    expect(r.stderr).toContain(`${file}:5:29: steps[1].type: unknown command type "fly"`);
    expect(r.stderr).toContain(`${file}:6:14: steps[2].actor: "judge" is not chair, gallery or seat:CODE`);
    expect(r.stderr).toContain('3 errors; nothing replayed');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming the line of a step the engine refused unexpectedly', () => {
    const file = tempScript('title: t\ndate: 2019-04-18\nsteps:\n  - actor: gallery\n    type: end-session\n');
    const r = runCli(['session', 'replay', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${file}:4: steps[0]: end-session by gallery was refused (403 session/forbidden): the gallery may not send end-session`,
    );
  });

  it('shows a refusal the script expects, and exits 0', () => {
    const file = tempScript(
      'title: t\ndate: 2019-04-18\nsteps:\n  - { actor: "seat:FRA", type: close-vote, voteId: v, expect: { refused: session/forbidden } }\n',
    );
    const r = runCli(['session', 'replay', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('refused as expected: 403 session/forbidden');
  });

  it('exits 2 when a missing scenario is named', () => {
    const file = tempScript('title: t\ndate: 2019-04-18\nscenario: nowhere.yaml\nsteps: []\n');
    const r = runCli(['session', 'replay', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/s\.session\.yaml:3:11: scenario: cannot read .*nowhere\.yaml: no such file/);
  });
});

describe('the Libya rehearsal with 14 AI delegations (issue 15)', () => {
  const file = path.join(REPO_ROOT, 'cases/sessions/libya-2019-ai.session.yaml');
  const scenarioFile = path.join(REPO_ROOT, 'cases/libya-2019.yaml');
  const parsed = parseScenario(readFileSync(scenarioFile, 'utf8'), scenarioFile);
  if (!parsed.ok) throw new Error('the Libya case does not load');
  const replay = runReplay(file);

  it('closes the vote on the British draft with the engine’s outcome for the tabled text', () => {
    const engine = evaluateScenario(parsed.scenario).find((e) => e.decision.id === 'uk-draft-resolution')?.outcome;
    const closed = replay.events.find((e) => e.type === 'vote-closed' && e.voteId === 'draft');
    const outcome = closed?.type === 'vote-closed' ? closed.outcome : null;
    expect([outcome?.adopted, outcome?.reason, outcome?.vetoes]).toEqual([engine?.adopted, engine?.reason, ['RUS']]);
  });

  it('marks every AI delegation’s event, and not the person’s', () => {
    const bySeats = replay.events.filter((e) => e.actor.startsWith('seat:'));
    expect(bySeats.filter((e) => (e.ai !== undefined) === (e.actor === 'seat:GBR'))).toEqual([]);
  });

  it('prints AI delegations’ acts marked as such in the timeline', () => {
    const r = runCli(['session', 'replay', file]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/seat:RUS \(AI, boulware\)\s+voted no in "draft"/);
  });
});
