import type { ClauseId } from '../ids.ts';
import { describeVoteReason, type Position, predictVote } from '../scenario/position.ts';
import type { SessionDraft } from '../session/state.ts';
import type { AgentCommand, AgentDraftMemory, MoveInput, Moves } from './agent-types.ts';
import { bestUtility, clausePool, fmt, isDefaultPosition, textSet, votesYes, winningText } from './seen.ts';
import { demandOf } from './strategies.ts';

/**
 * A delegation other than the penholder, in the talks. Its demand runs from the best text it can
 * vote yes on (u_max, {@link bestUtility}) down to its own `yesAt` (u_reserve) along its strategy's curve
 * (tit-for-tat: one step per amendment the penholder accepted since its last turn). Its stance is its
 * own position with `yesAt` raised to that demand: it states the stance in public at its first turn,
 * and again whenever the demand has come down by a fifth of the way or reached its own `yesAt` (a
 * conceder soon, a Boulware near the deadline, a hard-liner never); red lines and values are stated as
 * they are, so a text its stance votes yes on is one it votes yes on. While its stance does not vote
 * yes on the text, it proposes the first change of the smallest edit that wins the stance's yes, and
 * withdraws its earlier proposals that are no longer that change.
 */
export function memberMoves(input: MoveInput, draft: SessionDraft): Moves {
  const { member, view, clock } = input;
  let memory = input.memory;
  const mem = memory.drafts[draft.id] as AgentDraftMemory;
  const own = mem.own;
  if (isDefaultPosition(own)) return { commands: [], memory };
  const commands: AgentCommand[] = [];
  let { uMax, uReserve } = mem;
  if (mem.demand === null) {
    const best = bestUtility(draft, own);
    uMax = best !== null && best >= own.yesAt ? best : own.yesAt;
    uReserve = own.yesAt;
  }
  const accepted = draft.amendments.filter((a) => a.status === 'accepted').length;
  const demand = demandOf(input.strategy, {
    uMax,
    uReserve,
    round: clock.round,
    rounds: clock.rounds,
    othersConceded: Math.max(0, accepted - mem.seen.accepted),
    previous: mem.demand ?? uMax,
  });
  // The demand stated to the hundredth, rounded up (a stance never asks for less than the demand).
  const raised = demand - own.yesAt < 1e-9 ? own.yesAt : Math.ceil(demand * 100 - 1e-9) / 100;
  const stance: Position = { ...own, yesAt: Math.max(own.yesAt, raised) };
  const step = (uMax - uReserve) / 5;
  const restate =
    mem.stated === null ||
    mem.stated.yesAt - stance.yesAt >= step - 1e-9 ||
    (stance.yesAt <= own.yesAt && mem.stated.yesAt > own.yesAt);
  let stated = mem.stated;
  if (restate && (mem.stated === null || mem.stated.yesAt !== stance.yesAt)) {
    stated = stance;
    const words =
      stance.yesAt > own.yesAt
        ? `holds out for utility ${fmt(stance.yesAt)} (its strategy: ${input.strategy})`
        : 'states what it needs';
    commands.push({
      command: { type: 'state-position', position: stance, visibility: 'public', draftId: draft.id },
      reason: words,
    });
  }
  const text = textSet(draft);
  const mine = draft.amendments.filter((a) => a.proposer === member && a.status === 'proposed');
  let ask: AgentCommand | null = null;
  let asked = mem.ask;
  if (stated !== null && !votesYes(stated, text)) {
    const key = draft.clauses.map((c) => c.id).join(' ');
    if (asked === null || asked.text !== key || asked.yesAt !== stated.yesAt) {
      const target = winningText(view, draft, member, stated);
      asked = {
        text: key,
        yesAt: stated.yesAt,
        change: target ? firstChange(text, new Set(target), draft) : null,
      };
    }
    const change = asked.change;
    const already = change && mine.find((a) => a.op === change.op && (a.clauseId ?? a.clause?.id) === change.clause);
    if (change && !already) {
      const n = memory.proposals + 1;
      memory = { ...memory, proposals: n };
      const reason = `${describeVoteReason(predictVote(stated, text).reason)}; the smallest edit that wins it: ${change.op} ${change.clause}`;
      const amendmentId = `${member}-${change.op}-${change.clause}-${n}`;
      const clause = clausePool(draft).find((c) => c.id === change.clause);
      if (change.op === 'delete') {
        ask = {
          command: { type: 'propose-amendment', draftId: draft.id, amendmentId, op: 'delete', clauseId: change.clause },
          reason,
        };
      } else if (clause) {
        ask = { command: { type: 'propose-amendment', draftId: draft.id, amendmentId, op: 'add', clause }, reason };
      }
    }
    for (const a of mine) {
      if (a !== already) {
        commands.push({
          command: { type: 'withdraw-amendment', draftId: draft.id, amendmentId: a.id },
          reason: 'no longer the change it needs',
        });
      }
    }
  } else {
    for (const a of mine) {
      commands.push({
        command: { type: 'withdraw-amendment', draftId: draft.id, amendmentId: a.id },
        reason: 'the text as it stands meets what it holds out for',
      });
    }
  }
  if (ask) commands.push(ask);
  const next: AgentDraftMemory = {
    ...mem,
    uMax,
    uReserve,
    demand,
    stated,
    ask: asked,
    seen: { ...mem.seen, accepted },
  };
  return { commands, memory: { ...memory, drafts: { ...memory.drafts, [draft.id]: next } } };
}

/** The first change from `text` to `target`: a deletion first, else an addition (null when equal). */
export function firstChange(
  text: ReadonlySet<ClauseId>,
  target: ReadonlySet<ClauseId>,
  draft: SessionDraft,
): { op: 'add' | 'delete'; clause: ClauseId } | null {
  for (const c of draft.clauses) if (!target.has(c.id)) return { op: 'delete', clause: c.id };
  for (const c of clausePool(draft)) if (target.has(c.id) && !text.has(c.id)) return { op: 'add', clause: c.id };
  return null;
}
