import type { CastVote, MemberId } from '@horseshoe/engine';
import type { SessionState, SessionVote } from '@horseshoe/engine/session';
import { Chamber, type SeatView } from '../features/chamber/chamber.tsx';

/** The vote the room shows: the open one, else the last one closed, else none. */
export function currentVote(state: SessionState): SessionVote | null {
  return state.votes.find((v) => v.status === 'open') ?? state.votes.at(-1) ?? null;
}

function seatVote(vote: SessionVote | null, code: string): CastVote {
  if (!vote) return 'absent';
  if (vote.status === 'open') return vote.casts[code] ?? 'absent';
  return (vote.votes?.[code] as CastVote | undefined) ?? 'absent';
}

/** What a seat has done in the session, in a few words (for the seat's label). */
export function seatStory(
  state: SessionState,
  code: string,
  vote: SessionVote | null,
  connected?: ReadonlySet<string>,
): string {
  const parts: string[] = [];
  const ai = state.ai.find((a) => a.member === code);
  if (ai) parts.push(`AI delegation (${ai.strategy})`);
  else if (connected) parts.push(connected.has(`seat:${code}`) ? 'connected' : 'not connected');
  if (vote) {
    const v = vote.status === 'open' ? vote.casts[code] : vote.votes?.[code];
    parts.push(
      v && v !== 'absent' ? `voted ${v} in ${vote.id}` : `no vote in ${vote.id}${vote.status === 'open' ? ' yet' : ''}`,
    );
  }
  const objected = state.drafts.filter((d) => d.objections.some((o) => o.member === code)).map((d) => d.id);
  if (objected.length > 0) parts.push(`objects to ${objected.join(', ')}`);
  if (state.floor === code) parts.push('has the floor');
  else if (state.speakers.includes(code as MemberId)) parts.push('on the list of speakers');
  return parts.length > 0 ? parts.join('; ') : 'has not acted yet';
}

/** The horseshoe of the session's members (the analysis app's chamber), each seat showing its vote. */
export function Room({
  state,
  selected,
  onSelect,
  connected,
}: {
  readonly state: SessionState;
  readonly selected: string | null;
  readonly onSelect: (code: string) => void;
  readonly connected?: ReadonlySet<string>;
}) {
  const vote = currentVote(state);
  const seats: SeatView[] = state.body.members.map((m) => ({
    code: m.code,
    name: m.name,
    permanent: m.permanent,
    vote: seatVote(vote, m.code),
    reason: seatStory(state, m.code, vote, connected),
  }));
  const caption = vote
    ? `${vote.status === 'open' ? 'Voting now' : 'Last vote'}: ${vote.amendmentId ? `amendment ${vote.amendmentId} to ` : ''}${vote.draftId}`
    : `Members on ${state.date}`;
  return <Chamber seats={seats} selected={selected} onSelect={onSelect} caption={caption} />;
}
