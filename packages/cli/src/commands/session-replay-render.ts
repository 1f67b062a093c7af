import { instrumentNoun } from '@horseshoe/engine';
import {
  type DraftAdvice,
  describeSessionEvent,
  isVisibleTo,
  type SessionEvent,
  type SessionState,
  type SessionViewer,
  type StepOutcome,
  viewFor,
} from '@horseshoe/engine/session';
import type { SessionScript } from '@horseshoe/protocol';
import { formatTable } from '../output.ts';

/** What a replay produced, for the renderers. */
export interface Replay {
  readonly file: string;
  readonly script: SessionScript;
  readonly state: SessionState;
  /** The whole log (as `system` sees it). */
  readonly events: readonly SessionEvent[];
  readonly steps: readonly StepOutcome[];
  /** Who reads the timeline (`--as`); `system` sees everything. */
  readonly viewer: SessionViewer;
  readonly advice: readonly { readonly seat: string; readonly drafts: readonly DraftAdvice[] }[];
}

/** The replay as JSON: the session, its visible log, what each step did, the drafts and votes, the advice. */
export function replayJson(r: Replay): unknown {
  const view = viewFor(r.state, r.viewer);
  return {
    file: r.file,
    title: r.state.title,
    date: r.state.date,
    viewer: r.viewer.type === 'seat' ? `seat:${r.viewer.member}` : r.viewer.type,
    members: view.members,
    threshold: view.threshold,
    version: view.version,
    events: r.events.filter((e) => isVisibleTo(e, r.viewer)),
    steps: r.steps.map((s, i) => ({
      index: i,
      line: r.script.steps[i]?.line ?? null,
      at: s.step.at,
      actor: r.script.steps[i]?.actor ? actorText(r.script.steps[i]?.actor) : null,
      type: s.step.command?.type ?? 'tick',
      note: r.script.steps[i]?.note ?? null,
      ok: s.ok,
      ...(s.ok ? { seqs: s.events.map((e) => e.seq) } : { refusal: s.refusal }),
    })),
    drafts: view.drafts.map((d) => ({
      id: d.id,
      instrument: d.instrument,
      penholder: d.penholder,
      status: d.status,
      text: d.clauses.map((c) => c.id),
      objections: d.objections.map((o) => o.member),
      outcome: d.outcome,
    })),
    votes: view.votes,
    positions: view.positions,
    advice: r.advice,
  };
}

/** The replay for a terminal: the timeline, then each draft's outcome, then the advice asked for. */
export function renderReplay(r: Replay): string {
  const s = r.state;
  const head = `${s.title}  (${r.file})`;
  const lines = [head, '', `${describeSessionEvent(r.events[0] ?? never())}.`, ''];
  const noteAt = new Map<number, string>();
  for (const [i, step] of r.steps.entries()) {
    const note = r.script.steps[i]?.note;
    const first = step.ok ? step.events[0]?.seq : undefined;
    if (note && first !== undefined) noteAt.set(first, note);
  }
  const rows: string[][] = [];
  for (const e of r.events.slice(1)) {
    const note = noteAt.get(e.seq);
    if (note) rows.push(['', '', '', `— ${note}`]);
    // An AI delegation's notes (its memory) are in the log and the JSON, not in the timeline.
    if (!isVisibleTo(e, r.viewer) || e.type === 'ai-noted') continue;
    const actor = e.ai ? `${e.actor} (AI, ${e.ai.strategy})` : e.actor;
    rows.push([String(e.seq), e.at.slice(0, 16).replace('T', ' '), actor, describeSessionEvent(e)]);
  }
  for (const [i, step] of r.steps.entries()) {
    if (!step.ok)
      rows.push([
        '—',
        step.step.at.slice(0, 16).replace('T', ' '),
        actorText(r.script.steps[i]?.actor),
        `refused as expected: ${step.refusal.status} ${step.refusal.code}: ${step.refusal.message}`,
      ]);
  }
  lines.push(formatTable(rows, ['seq', 'time (UTC)', 'actor', 'event']), '', 'Drafts:');
  for (const d of viewFor(s, r.viewer).drafts) {
    const status =
      d.status === 'circulated'
        ? d.outcome && !d.outcome.adopted
          ? `on the table; consensus blocked (${d.objections.map((o) => o.member).join(', ')})`
          : 'on the table, not decided'
        : d.status.toUpperCase();
    lines.push(`  ${d.id}: ${instrumentNoun(d.instrument)}, text ${d.clauses.map((c) => c.id).join(', ')}: ${status}`);
    if (d.outcome) lines.push(`    ${d.outcome.explanation}`);
  }
  for (const a of r.advice) {
    lines.push('', `Advice to ${a.seat} (from what ${a.seat} may see):`);
    if (a.drafts.length === 0) lines.push('  no draft on the table');
    for (const d of a.drafts) {
      lines.push(`  ${d.draftId}: ${d.summary}`);
      lines.push(`    predicted: ${d.outcome.explanation}`);
    }
  }
  return lines.join('\n');
}

function actorText(actor: Replay['viewer'] | null | undefined): string {
  if (!actor) return '';
  return actor.type === 'seat' ? `seat:${actor.member}` : actor.type;
}

function never(): never {
  throw new Error('a session log always starts with session-created');
}
