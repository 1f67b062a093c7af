import type { MemberId } from '../ids.ts';
import { isConsensusInstrument } from '../rules/instrument.ts';
import { DEFAULT_POSITION, describeVoteReason, type Position, predictVote, utilityOf } from '../scenario/position.ts';
import { modalVote } from '../scenario/probability.ts';
import { voteOn } from '../session/delegation.ts';
import type { SessionDraft } from '../session/state.ts';
import type { SessionView } from '../session/view.ts';
import type { AgentCommand, AgentDraftMemory, AgentInput, AgentMemory, AgentTurn } from './agent-types.ts';
import { memberMoves } from './member-moves.ts';
import { penholderMoves } from './penholder-moves.ts';
import { seenPositions, textSet } from './seen.ts';

export {
  type AgentClock,
  type AgentCommand,
  type AgentDraftMemory,
  type AgentInput,
  type AgentMemory,
  type AgentTurn,
  INITIAL_AGENT_MEMORY,
} from './agent-types.ts';

/**
 * One turn of the AI delegation of `member` (issue 15; docs/negotiate.md): the session commands it
 * sends now, as its own seat only, computed only from `view` (what its seat may see) and its memory.
 * Pure and deterministic: the same input gives the same turn (it draws no random numbers).
 * 1. In an open vote it has not cast, it votes as its own position predicts (on an amendment: yes when
 *    the amended text serves it better, no when worse, abstain when equal).
 * 2. On a text crossing its red line it objects (consensus) or breaks silence; it withdraws an
 *    objection once a revision no longer crosses it.
 * 3. In the talks (no vote open, round ≤ rounds), a delegation states in public the position it holds
 *    out for (its stance: its own position with `yesAt` raised to its strategy's demand) and proposes
 *    the first change of the smallest edit that wins its stance's yes (exact search); the penholder
 *    revises the text to the best text it can get adopted on the positions it has seen (exact search),
 *    once that text is worth the demand of its strategy. See {@link memberMoves}, {@link penholderMoves}.
 * 4. At the decision (round > rounds) it withdraws the amendments it no longer needs.
 * @example agentTurn({ member: memberId('RUS'), strategy: 'boulware', view, memory: INITIAL_AGENT_MEMORY }).commands
 */
export function agentTurn(input: AgentInput): AgentTurn {
  const { member, view } = input;
  const clock = input.clock ?? { round: 1, rounds: 1 };
  let memory = input.memory;
  const commands: AgentCommand[] = [];
  if (view.status === 'ended' || !view.members.some((m) => m.code === member)) return { commands, memory };
  for (const vote of view.votes) {
    if (vote.status !== 'open' || vote.casts[member] !== undefined) continue;
    const draft = view.drafts.find((d) => d.id === vote.draftId);
    if (!draft) continue;
    const cast = voteOn(draft, ownOf(view, member, draft.id, memory), vote.amendmentId);
    if (cast) commands.push({ command: { type: 'cast-vote', voteId: vote.id, vote: cast.vote }, reason: cast.reason });
  }
  for (const draft of view.drafts) {
    if (draft.status !== 'circulated') continue;
    memory = remember(view, member, draft, memory);
    const mem = memory.drafts[draft.id] as AgentDraftMemory;
    const predicted = predictVote(mem.own, textSet(draft));
    const no = modalVote(predicted.vote) === 'no';
    const why = describeVoteReason(predicted.reason);
    if (draft.silence.type === 'under-silence') {
      if (no) commands.push({ command: { type: 'break-silence', draftId: draft.id, reason: why }, reason: why });
      continue;
    }
    const objected = draft.objections.some((o) => o.member === member);
    if (isConsensusInstrument(draft.instrument) && no && !objected) {
      commands.push({ command: { type: 'object', draftId: draft.id, reason: why }, reason: why });
    }
    if (objected && !no) {
      commands.push({ command: { type: 'withdraw-objection', draftId: draft.id }, reason: `no longer ${why}` });
    }
    if (view.votes.some((v) => v.status === 'open' && v.draftId === draft.id)) continue;
    const moves =
      clock.round > clock.rounds
        ? { commands: withdrawUnneeded(draft, member, mem.own), memory }
        : draft.penholder === member
          ? penholderMoves({ ...input, clock, memory }, draft)
          : memberMoves({ ...input, clock, memory }, draft);
    commands.push(...moves.commands);
    memory = moves.memory;
  }
  return { commands, memory };
}

/** The position the agent votes by on a draft: the one it remembers, else the one its view shows it. */
function ownOf(view: SessionView, member: MemberId, draftId: string, memory: AgentMemory): Position {
  return memory.drafts[draftId]?.own ?? seenPositions(view, draftId).get(member) ?? DEFAULT_POSITION;
}

/**
 * Remembers its own position on a draft the first time it sees it, and again whenever the position its
 * view shows is neither the one it remembers nor the stance it stated (a new statement of its own).
 */
function remember(view: SessionView, member: MemberId, draft: SessionDraft, memory: AgentMemory): AgentMemory {
  const shown = seenPositions(view, draft.id).get(member) ?? DEFAULT_POSITION;
  const mem = memory.drafts[draft.id];
  if (mem && (shown === mem.own || shown === mem.stated)) return memory;
  if (mem && (samePosition(shown, mem.own) || (mem.stated !== null && samePosition(shown, mem.stated)))) return memory;
  const fresh: AgentDraftMemory = {
    own: shown,
    stated: null,
    demand: null,
    uMax: utilityOf(shown, textSet(draft)),
    uReserve: shown.yesAt,
    seen: { demands: {}, objections: [], accepted: 0 },
    ask: null,
  };
  return { ...memory, drafts: { ...memory.drafts, [draft.id]: fresh } };
}

/** True when two positions predict the same votes on every text. */
export function samePosition(a: Position, b: Position): boolean {
  const values = (p: Position) =>
    JSON.stringify(
      Object.entries(p.values)
        .filter(([, v]) => v !== 0)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return (
    JSON.stringify([a.rejects, a.requires, a.onRedLine, a.yesAt, a.noBelow, a.vote]) ===
      JSON.stringify([b.rejects, b.requires, b.onRedLine, b.yesAt, b.noBelow, b.vote]) && values(a) === values(b)
  );
}

/** At the decision: its pending amendments withdrawn when it votes yes on the text as it stands. */
function withdrawUnneeded(draft: SessionDraft, member: MemberId, own: Position): AgentCommand[] {
  if (modalVote(predictVote(own, textSet(draft)).vote) !== 'yes') return [];
  return draft.amendments
    .filter((a) => a.proposer === member && a.status === 'proposed')
    .map((a) => ({
      command: { type: 'withdraw-amendment', draftId: draft.id, amendmentId: a.id },
      reason: 'it votes yes on the text as it stands',
    }));
}
