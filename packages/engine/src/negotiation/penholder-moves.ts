import type { ClauseId } from '../ids.ts';
import { utilityOf } from '../scenario/position.ts';
import { searchTexts } from '../search/search.ts';
import { votesOnText } from '../search/text-votes.ts';
import type { SessionDraft } from '../session/state.ts';
import type { AgentCommand, AgentDraftMemory, MoveInput, Moves } from './agent-types.ts';
import { clausePool, decisionOn, fmt, reserveOf, seenPositions, textSet } from './seen.ts';
import { demandOf } from './strategies.ts';

/**
 * The penholder, in the talks. Its model of the others is what its seat sees: the positions stated in
 * public (each delegation's stance), its own, and the default position (yes) for a member that stated
 * none. Each turn it finds, by the exact search, its best text that passes on that model; when that
 * text is worth at least what its strategy demands this round (u_max: its opening text, u_reserve: its
 * `noBelow`, else the worst text it could get) it revises the draft to it, taking the pending
 * amendments that make those changes and proposing and accepting its own for the rest. Tit-for-tat
 * counts as concessions of the other side the public demands lowered and the objections withdrawn
 * since its last turn.
 */
export function penholderMoves(input: MoveInput, draft: SessionDraft): Moves {
  const { member, view, clock } = input;
  let memory = input.memory;
  const mem = memory.drafts[draft.id] as AgentDraftMemory;
  const own = mem.own;
  const seen = seenPositions(view, draft.id);
  seen.set(member, own);
  const demands: Record<string, number> = {};
  for (const [m, p] of seen) if (m !== member) demands[m] = p.yesAt;
  const objections = draft.objections.map((o) => o.member as string);
  const conceded =
    Object.entries(demands).filter(([m, y]) => mem.seen.demands[m] !== undefined && y < (mem.seen.demands[m] ?? y))
      .length + mem.seen.objections.filter((m) => !objections.includes(m)).length;
  const uMax = mem.demand === null ? utilityOf(own, textSet(draft)) : mem.uMax;
  const uReserve = mem.demand === null ? reserveOf(own, uMax) : mem.uReserve;
  const demand = demandOf(input.strategy, {
    uMax,
    uReserve,
    round: clock.round,
    rounds: clock.rounds,
    othersConceded: conceded,
    previous: mem.demand ?? uMax,
  });
  const model = decisionOn(view, draft, seen);
  const key = [
    view.positions.map((p) => `${p.member}:${p.draftId}:${p.seq}`).join(' '),
    model.clauses.map((c) => c.id).join(' '),
    model.tabled.join(' '),
  ].join('|');
  const plan =
    mem.plan?.key === key ? mem.plan : { key, text: searchTexts(model, { for: member }).texts[0]?.clauses ?? null };
  const next: AgentDraftMemory = {
    ...mem,
    uMax,
    uReserve,
    demand,
    seen: { demands, objections, accepted: mem.seen.accepted },
    plan,
  };
  memory = { ...memory, drafts: { ...memory.drafts, [draft.id]: next } };
  if (plan.text === null) return { commands: [], memory };
  const target = new Set(plan.text);
  const text = textSet(draft);
  const u = utilityOf(own, target);
  const same = target.size === text.size && [...text].every((c) => target.has(c));
  if (same || u < demand - 1e-9) return { commands: [], memory };
  const before = votesOnText(model, text).votes;
  const won = votesOnText(model, target)
    .votes.filter(
      (v) =>
        v.member !== member && v.counted === 'yes' && before.some((b) => b.member === v.member && b.counted !== 'yes'),
    )
    .map((v) => v.member);
  const why =
    `the best text it can get adopted on what it has seen (utility ${fmt(u)}, it demands ${fmt(demand)})` +
    (won.length > 0 ? `; wins ${won.join(', ')}` : '');
  const commands: AgentCommand[] = [];
  const pending = draft.amendments.filter((a) => a.status === 'proposed');
  const changes: { op: 'add' | 'delete'; clause: ClauseId }[] = [
    ...draft.clauses.filter((c) => !target.has(c.id)).map((c) => ({ op: 'delete' as const, clause: c.id })),
    ...clausePool(draft)
      .filter((c) => target.has(c.id) && !text.has(c.id))
      .map((c) => ({ op: 'add' as const, clause: c.id })),
  ];
  for (const change of changes) {
    const theirs = pending.find((a) => a.op === change.op && (a.clauseId ?? a.clause?.id) === change.clause);
    let id = theirs?.id;
    if (!id) {
      const n = memory.proposals + 1;
      memory = { ...memory, proposals: n };
      id = `${member}-${change.op}-${change.clause}-${n}`;
      const clause = clausePool(draft).find((c) => c.id === change.clause);
      if (change.op === 'delete') {
        commands.push({
          command: {
            type: 'propose-amendment',
            draftId: draft.id,
            amendmentId: id,
            op: 'delete',
            clauseId: change.clause,
          },
          reason: `revises the text: ${why}`,
        });
      } else if (clause) {
        commands.push({
          command: { type: 'propose-amendment', draftId: draft.id, amendmentId: id, op: 'add', clause },
          reason: `revises the text: ${why}`,
        });
      } else continue;
    }
    commands.push({
      command: { type: 'accept-amendment', draftId: draft.id, amendmentId: id },
      reason: theirs ? `takes ${theirs.proposer}'s amendment: ${why}` : `${change.op} ${change.clause}`,
    });
  }
  return { commands, memory };
}
