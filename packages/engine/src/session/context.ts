import type { MemberId } from '../ids.ts';
import type { SessionActor } from './actors.ts';
import type { SessionCommand } from './commands.ts';
import type { UnstampedEvent } from './events.ts';
import { conflict, unknown } from './refusals.ts';
import type { SessionAmendment, SessionDraft, SessionRefusal, SessionState, SessionVote } from './state.ts';

/** What a command handler sees: the state (after due time-driven events), who acts, and the time. */
export interface HandlerContext<C extends SessionCommand = SessionCommand> {
  readonly state: SessionState;
  readonly command: C;
  readonly actor: SessionActor;
  /** The acting seat's member, or null for the chair. */
  readonly member: MemberId | null;
  /** ISO date-time, UTC. */
  readonly now: string;
}

/** A handler's answer: the events to append, or a refusal. */
export type HandlerResult = readonly UnstampedEvent[] | SessionRefusal;

/** The draft `id`, or a 404 naming `field`. */
export function findDraft(state: SessionState, id: string, field = 'draftId'): SessionDraft | SessionRefusal {
  return (
    state.drafts.find((d) => d.id === id) ??
    unknown('session/unknown-draft', field, `${field}: no draft "${id}" in this session`)
  );
}

/** The amendment `id` of a draft, or a 404. */
export function findAmendment(draft: SessionDraft, id: string): SessionAmendment | SessionRefusal {
  return (
    draft.amendments.find((a) => a.id === id) ??
    unknown('session/unknown-amendment', 'amendmentId', `amendmentId: no amendment "${id}" to draft "${draft.id}"`)
  );
}

/** The vote `id`, or a 404. */
export function findVote(state: SessionState, id: string): SessionVote | SessionRefusal {
  return state.votes.find((v) => v.id === id) ?? unknown('session/unknown-vote', 'voteId', `voteId: no vote "${id}"`);
}

/** A 409 unless the draft is still on the table (not adopted, voted down or withdrawn). */
export function onTable(draft: SessionDraft): SessionRefusal | null {
  if (draft.status === 'circulated') return null;
  const what = draft.status === 'withdrawn' ? 'was withdrawn' : `is already decided (${draft.status})`;
  return conflict('session/draft-decided', `draft "${draft.id}" ${what}`);
}

/** A 409 while the draft is under silence. */
export function notUnderSilence(draft: SessionDraft, doing: string): SessionRefusal | null {
  if (draft.silence.type !== 'under-silence') return null;
  return conflict(
    'session/under-silence',
    `draft "${draft.id}" is under silence until ${draft.silence.deadline}: ${doing} only after silence is broken (break-silence) or has passed`,
  );
}

/** A 409 unless the actor holds the pen (the chair holds it for a text it circulated). */
export function isPenholder(ctx: HandlerContext, draft: SessionDraft, command: string): SessionRefusal | null {
  if (draft.penholder === ctx.member) return null;
  const holder = draft.penholder === null ? 'the chair' : `seat:${draft.penholder}`;
  return conflict('session/not-penholder', `${command}: draft "${draft.id}" is held by ${holder}, the penholder`);
}

/** The open vote, if any. */
export function openVote(state: SessionState): SessionVote | undefined {
  return state.votes.find((v) => v.status === 'open');
}

/** A 409 while a vote is open on this draft or one of its amendments. */
export function noVoteOn(state: SessionState, draftId: string, doing: string): SessionRefusal | null {
  const open = openVote(state);
  if (!open || open.draftId !== draftId) return null;
  return conflict(
    'session/vote-in-progress',
    `vote "${open.id}" on draft "${draftId}" is open: ${doing} after it closes`,
  );
}

/** True for an id a person can type: non-empty, no surrounding space, at most 200 characters. */
export function goodId(id: unknown): boolean {
  return typeof id === 'string' && id.length > 0 && id.length <= 200 && id.trim() === id;
}

/** True for a non-empty text. */
export function goodText(text: unknown): boolean {
  return typeof text === 'string' && text.trim().length > 0;
}
