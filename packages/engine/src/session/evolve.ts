import { assertNever } from '../errors.ts';
import { applySilence } from '../rules/silence.ts';
import { memberOfActor } from './actors.ts';
import type { SessionEvent } from './events.ts';
import type { SessionAmendment, SessionDraft, SessionState, SessionVote } from './state.ts';
import { amendText, withReserve } from './text.ts';

/**
 * Rebuilds a session's state by folding its event log, in order. The first event must be
 * `session-created`; a log that breaks the session's rules (a gap in `seq`, an event about a draft that
 * does not exist) is a corrupt log and throws.
 * @example foldSessionEvents(created.events) // the state createSession returned
 */
export function foldSessionEvents(events: readonly SessionEvent[], from?: SessionState): SessionState {
  let state = from;
  for (const event of events) state = evolve(state, event);
  if (!state) throw new Error('an empty session log: the first event must be session-created');
  return state;
}

/** Applies one event to a state (the only place the state changes). */
export function evolve(state: SessionState | undefined, event: SessionEvent): SessionState {
  if (event.type === 'session-created') {
    if (state) throw new Error(`session-created at seq ${event.seq}, but the session exists already`);
    return {
      id: event.sessionId,
      title: event.title,
      date: event.date,
      version: event.seq,
      status: 'open',
      body: event.body,
      drafts: [],
      votes: [],
      positions: [],
      speakers: [],
      floor: null,
      timer: null,
      ai: [],
      aiMemory: {},
      claimed: [],
      aiRun: 0,
    };
  }
  if (!state) throw new Error(`the session log starts with ${event.type}, not session-created`);
  if (event.seq !== state.version + 1) throw new Error(`event seq ${event.seq} after version ${state.version}`);
  return { ...seats(change(state, event), event), version: event.seq };
}

/** Who holds the seats: a person's first act claims its seat; AI delegations' events lengthen their run. */
function seats(s: SessionState, e: SessionEvent): SessionState {
  if (e.ai !== undefined) return { ...s, aiRun: s.aiRun + 1 };
  const member = memberOfActor(e.actor);
  const reset = s.aiRun === 0 ? s : { ...s, aiRun: 0 };
  if (member === null) return reset;
  const visibility = e.type === 'position-stated' ? e.visibility : 'public';
  const had = reset.claimed.find((c) => c.member === member);
  if (had && (had.visibility === 'public' || visibility === 'private')) return reset;
  const claimed = [...reset.claimed.filter((c) => c.member !== member), { member, visibility }];
  return { ...reset, claimed };
}

function change(s: SessionState, e: Exclude<SessionEvent, { type: 'session-created' }>): SessionState {
  const member = memberOfActor(e.actor);
  switch (e.type) {
    case 'draft-circulated': {
      const draft: SessionDraft = {
        id: e.draftId,
        instrument: e.instrument,
        penholder: e.penholder,
        clauses: e.clauses,
        reserve: withReserve([], e.reserve ?? [], e.clauses),
        fixed: e.fixed ?? [],
        version: 1,
        status: 'circulated',
        amendments: [],
        objections: [],
        silence: { type: 'draft' },
        outcome: null,
      };
      return { ...s, drafts: [...s.drafts, draft] };
    }
    case 'amendment-proposed': {
      const a: SessionAmendment = {
        id: e.amendmentId,
        draftId: e.draftId,
        op: e.op,
        clauseId: e.clauseId ?? null,
        clause: e.clause ?? null,
        proposer: need(member, e),
        status: 'proposed',
      };
      return onDraft(s, e.draftId, (d) => ({ ...d, amendments: [...d.amendments, a] }));
    }
    case 'draft-revised':
      return onDraft(s, e.draftId, (d) => {
        const a = d.amendments.find((x) => x.id === e.amendmentId);
        const amended = a ? amendText(d.clauses, a) : null;
        const removed = amended?.ok ? amended.removed : [];
        return {
          ...d,
          clauses: e.clauses,
          reserve: withReserve(d.reserve, removed, e.clauses),
          version: e.draftVersion,
          silence: { type: 'draft' },
          // Pending amendments that no longer apply to the new text lapse.
          amendments: d.amendments.map((x) =>
            x.id === e.amendmentId
              ? { ...x, status: e.by }
              : x.status === 'proposed' && !amendText(e.clauses, x).ok
                ? { ...x, status: 'lapsed' }
                : x,
          ),
        };
      });
    case 'position-stated': {
      const key = e.draftId ?? null;
      const kept = s.positions.filter((p) => !(p.member === e.member && p.draftId === key));
      const stated = { member: e.member, draftId: key, position: e.position, visibility: e.visibility, seq: e.seq };
      return { ...s, positions: [...kept, stated] };
    }
    case 'objection-raised': {
      const m = need(member, e);
      return onDraft(s, e.draftId, (d) => ({
        ...d,
        objections: [...d.objections.filter((o) => o.member !== m), { member: m, reason: e.reason }],
      }));
    }
    case 'objection-withdrawn':
      return onDraft(s, e.draftId, (d) => ({ ...d, objections: d.objections.filter((o) => o.member !== member) }));
    case 'silence-started':
      return onDraft(s, e.draftId, (d) => {
        const from =
          d.silence.type === 'silence-broken' ? applySilence(d.silence, { type: 'renegotiate' }).state : d.silence;
        return { ...d, silence: applySilence(from, { type: 'circulate', deadline: e.until }).state };
      });
    case 'silence-passed':
      return onDraft(s, e.draftId, (d) => {
        const silence = applySilence(d.silence, { type: 'deadline-passed', at: e.at }).state;
        const adopted = e.outcome?.adopted === true;
        return adopted ? decided({ ...d, silence }, 'adopted', e.outcome) : { ...d, silence };
      });
    case 'silence-broken':
      return onDraft(s, e.draftId, (d) => ({
        ...d,
        silence: applySilence(d.silence, { type: 'break-silence', member: need(member, e), at: e.at }).state,
      }));
    case 'consensus-adopted':
      return onDraft(s, e.draftId, (d) => decided(d, 'adopted', e.outcome));
    case 'consensus-blocked':
      return onDraft(s, e.draftId, (d) => ({ ...d, outcome: e.outcome }));
    case 'vote-opened': {
      const vote: SessionVote = {
        id: e.voteId,
        draftId: e.draftId,
        amendmentId: e.amendmentId ?? null,
        text: e.text,
        status: 'open',
        casts: {},
        votes: null,
        outcome: null,
        explanations: [],
      };
      return { ...s, votes: [...s.votes, vote] };
    }
    case 'vote-cast':
      return onVote(s, e.voteId, (v) => ({ ...v, casts: { ...v.casts, [need(member, e)]: e.vote } }));
    case 'vote-closed': {
      const closed = onVote(s, e.voteId, (v) => ({ ...v, status: 'closed', votes: e.votes, outcome: e.outcome }));
      const amendmentId = e.amendmentId;
      if (amendmentId === undefined) {
        return onDraft(closed, e.draftId, (d) => decided(d, e.outcome.adopted ? 'adopted' : 'not-adopted', e.outcome));
      }
      // An adopted amendment changes the text in the draft-revised event that follows.
      return e.outcome.adopted ? closed : onDraft(closed, e.draftId, (d) => setAmendment(d, amendmentId, 'rejected'));
    }
    case 'vote-explained': {
      const m = need(member, e);
      return onVote(s, e.voteId, (v) => ({ ...v, explanations: [...v.explanations, { member: m, text: e.text }] }));
    }
    case 'speaker-inscribed':
      return { ...s, speakers: e.speakers };
    case 'floor-given':
      return { ...s, speakers: e.speakers, floor: e.seat };
    case 'timer-started':
      return { ...s, timer: { seconds: e.seconds, endsAt: e.endsAt } };
    case 'timer-ended':
      return { ...s, timer: null };
    case 'draft-withdrawn':
      return onDraft(s, e.draftId, (d) => decided(d, 'withdrawn', d.outcome));
    case 'amendment-withdrawn':
      return onDraft(s, e.draftId, (d) => setAmendment(d, e.amendmentId, 'withdrawn'));
    case 'session-ended':
      return { ...s, status: 'ended', timer: null };
    case 'ai-assigned':
      return { ...s, ai: [...s.ai, { member: e.seat, strategy: e.strategy, seq: e.seq }] };
    case 'ai-released': {
      const { [e.seat]: _forgotten, ...aiMemory } = s.aiMemory;
      return { ...s, ai: s.ai.filter((a) => a.member !== e.seat), aiMemory };
    }
    case 'ai-noted':
      return { ...s, aiMemory: { ...s.aiMemory, [e.seat]: e.memory } };
    default:
      return assertNever(e);
  }
}

/** A draft leaves the table: its pending amendments lapse and its objections no longer matter. */
function decided(d: SessionDraft, status: SessionDraft['status'], outcome: SessionDraft['outcome']): SessionDraft {
  return {
    ...d,
    status,
    outcome,
    amendments: d.amendments.map((a) => (a.status === 'proposed' ? { ...a, status: 'lapsed' } : a)),
  };
}

function setAmendment(d: SessionDraft, id: string, status: SessionAmendment['status']): SessionDraft {
  return { ...d, amendments: d.amendments.map((a) => (a.id === id ? { ...a, status } : a)) };
}

function onDraft(s: SessionState, id: string, f: (d: SessionDraft) => SessionDraft): SessionState {
  if (!s.drafts.some((d) => d.id === id)) throw new Error(`the log names an unknown draft ${id}`);
  return { ...s, drafts: s.drafts.map((d) => (d.id === id ? f(d) : d)) };
}

function onVote(s: SessionState, id: string, f: (v: SessionVote) => SessionVote): SessionState {
  if (!s.votes.some((v) => v.id === id)) throw new Error(`the log names an unknown vote ${id}`);
  return { ...s, votes: s.votes.map((v) => (v.id === id ? f(v) : v)) };
}

function need<T>(value: T | null, e: SessionEvent): T {
  if (value === null) throw new Error(`event ${e.seq} (${e.type}) needs a seat, but its actor is ${e.actor}`);
  return value;
}
