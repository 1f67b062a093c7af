import type { ClauseId, MemberId } from '../ids.ts';
import { isConsensusInstrument } from '../rules/instrument.ts';
import { type Position, predictVote, utilityOf } from '../scenario/position.ts';
import { modalVote } from '../scenario/probability.ts';
import type { ProposeAmendmentCommand } from '../session/commands.ts';
import type { DistributiveOmit } from '../session/events.ts';
import type { SessionDraft } from '../session/state.ts';

/**
 * What a delegation that would abstain on a resolution or procedural text asks for, from its own position
 * alone: the one change (add a reserve clause, delete a clause of the text) that raises its utility most,
 * when the change does not make it vote no; null when it already votes yes or no change helps. (A member
 * that would vote no asks for the exact smallest edit that wins it: `delegationActions`.)
 */
export function askToWinYes(
  draft: SessionDraft,
  member: MemberId,
  position: Position,
): { command: DistributiveOmit<ProposeAmendmentCommand, 'commandId'>; reason: string } | null {
  if (isConsensusInstrument(draft.instrument) || draft.status !== 'circulated') return null;
  const text = new Set(draft.clauses.map((c) => c.id));
  const vote = modalVote(predictVote(position, text).vote);
  if (vote !== 'abstain') return null;
  const u0 = utilityOf(position, text);
  const tried = new Set(draft.amendments.map((a) => a.id));
  let best: { op: 'add' | 'delete'; clause: ClauseId; u: number } | null = null;
  const consider = (op: 'add' | 'delete', clause: ClauseId, after: Set<ClauseId>) => {
    if (tried.has(idOf(member, draft.id, op, clause))) return;
    if (modalVote(predictVote(position, after).vote) === 'no') return;
    const u = utilityOf(position, after);
    if (u > u0 && (!best || u > best.u)) best = { op, clause, u };
  };
  for (const c of draft.clauses) {
    if (draft.fixed.includes(c.id)) continue;
    consider('delete', c.id, new Set([...text].filter((x) => x !== c.id)));
  }
  for (const c of draft.reserve) if (!text.has(c.id)) consider('add', c.id, new Set([...text, c.id]));
  const chosen = best as { op: 'add' | 'delete'; clause: ClauseId; u: number } | null;
  if (!chosen) return null;
  const reason = `abstains on the text as it stands; asks to ${chosen.op} ${chosen.clause} (utility ${u0} → ${chosen.u})`;
  const amendmentId = idOf(member, draft.id, chosen.op, chosen.clause);
  if (chosen.op === 'delete') {
    return {
      command: { type: 'propose-amendment', draftId: draft.id, amendmentId, op: 'delete', clauseId: chosen.clause },
      reason,
    };
  }
  const clause = draft.reserve.find((c) => c.id === chosen.clause);
  return clause
    ? { command: { type: 'propose-amendment', draftId: draft.id, amendmentId, op: 'add', clause }, reason }
    : null;
}

function idOf(member: MemberId, draftId: string, op: string, clause: ClauseId): string {
  return `${member}-${draftId}-${op}-${clause}`;
}
