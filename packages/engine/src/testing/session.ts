import { clauseId, memberId } from '../ids.ts';
import { DEFAULT_POSITION } from '../scenario/position.ts';
import { CHAIR, type SessionActor, seat } from '../session/actors.ts';
import type { SessionCommand, SessionCommandType } from '../session/commands.ts';
import { createSession } from '../session/create.ts';
import type { DistributiveOmit, SessionEvent } from '../session/events.ts';
import { runSession, type SessionStep } from '../session/run.ts';
import type { SessionState } from '../session/state.ts';

/** The fixture's start: 18 April 2019, 10:00 UTC. */
export const T0 = '2019-04-18T10:00:00.000Z';

/** `T0` plus `minutes`, as an ISO date-time. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

/** A command without its `commandId`. */
export type CommandDraft = DistributiveOmit<SessionCommand, 'commandId'>;

let counter = 0;

/** A command with a fresh `commandId` (the reducer ignores it; the store does not). */
export function cmd(c: CommandDraft): SessionCommand {
  counter += 1;
  return { commandId: `c${counter}`, ...c } as SessionCommand;
}

/** A clause with its words. */
export function clause(id: string, text = `Text of ${id}.`) {
  return { id: clauseId(id), text };
}

/** A session on the Council of 18 April 2019 (15 members), with no drafts. */
export function emptySession(): { state: SessionState; events: SessionEvent[] } {
  const created = createSession({ id: 'test', title: 'Test session', date: '2019-04-18', options: { now: T0 } });
  if (!created.ok) throw new Error(created.errors.map((e) => e.message).join('; '));
  return created.value;
}

/** Runs steps `[actor, command]` (all at `at(minutes)`) and throws on the first refusal. */
export function play(
  start: { readonly state: SessionState; readonly events: readonly SessionEvent[] },
  steps: readonly (readonly [SessionActor, CommandDraft, number?])[],
): { state: SessionState; events: readonly SessionEvent[] } {
  const run = runSession(
    start,
    steps.map(([actor, c, minutes]): SessionStep => ({ at: at(minutes ?? 0), actor, command: cmd(c) })),
  );
  const refused = run.steps.find((s) => !s.ok);
  if (refused && !refused.ok) throw new Error(`${refused.step.command?.type}: ${refused.refusal.message}`);
  return { state: run.state, events: run.events };
}

/**
 * A session in the middle of its work, for contract tests: drafts of every kind in every state.
 * - `proc` (procedural, chair): voted and closed (`v-proc`: FRA, GBR, USA yes; RUS no) — not adopted;
 * - `res` (resolution, penholder GBR: `ceasefire`, `blame-lna`): amendments `a-del` (FRA, delete
 *   `blame-lna`, under vote `v-del`, RUS has voted no) and `a-rep` (CHN, replace `ceasefire`);
 * - `prst` (presidential statement, chair: `de-escalate`, `name-lna`): RUS objects; USA proposed
 *   `a-prst` (add `urge-talks`), DEU proposed the same clause as `a-prst2`;
 * - `ps` (press statement, penholder GBR: `calm`): under silence until `at(60)`;
 * - `elements` (press elements, chair: `concern`): no objection;
 * - USA is on the list of speakers.
 */
export function busySession(): { state: SessionState; events: readonly SessionEvent[] } {
  return play(emptySession(), [
    [CHAIR, { type: 'circulate-draft', draftId: 'proc', instrument: 'procedural', clauses: [clause('adjourn')] }],
    [CHAIR, { type: 'open-vote', voteId: 'v-proc', draftId: 'proc' }],
    [seat('FRA'), { type: 'cast-vote', voteId: 'v-proc', vote: 'yes' }],
    [seat('GBR'), { type: 'cast-vote', voteId: 'v-proc', vote: 'yes' }],
    [seat('USA'), { type: 'cast-vote', voteId: 'v-proc', vote: 'yes' }],
    [seat('RUS'), { type: 'cast-vote', voteId: 'v-proc', vote: 'no' }],
    [CHAIR, { type: 'close-vote', voteId: 'v-proc' }],
    [
      seat('GBR'),
      {
        type: 'circulate-draft',
        draftId: 'res',
        instrument: 'resolution',
        clauses: [clause('ceasefire'), clause('blame-lna')],
      },
    ],
    [
      CHAIR,
      {
        type: 'circulate-draft',
        draftId: 'prst',
        instrument: 'presidential-statement',
        clauses: [clause('de-escalate'), clause('name-lna')],
      },
    ],
    [
      seat('FRA'),
      {
        type: 'propose-amendment',
        draftId: 'res',
        amendmentId: 'a-del',
        op: 'delete',
        clauseId: clauseId('blame-lna'),
      },
    ],
    [
      seat('CHN'),
      {
        type: 'propose-amendment',
        draftId: 'res',
        amendmentId: 'a-rep',
        op: 'replace',
        clauseId: clauseId('ceasefire'),
        clause: clause('truce'),
      },
    ],
    [seat('RUS'), { type: 'object', draftId: 'prst', reason: 'No reference to the LNA.' }],
    [
      seat('USA'),
      { type: 'propose-amendment', draftId: 'prst', amendmentId: 'a-prst', op: 'add', clause: clause('urge-talks') },
    ],
    [
      seat('DEU'),
      { type: 'propose-amendment', draftId: 'prst', amendmentId: 'a-prst2', op: 'add', clause: clause('urge-talks') },
    ],
    [seat('GBR'), { type: 'circulate-draft', draftId: 'ps', instrument: 'press-statement', clauses: [clause('calm')] }],
    [seat('GBR'), { type: 'put-under-silence', draftId: 'ps', until: at(60) }],
    [
      CHAIR,
      { type: 'circulate-draft', draftId: 'elements', instrument: 'press-elements', clauses: [clause('concern')] },
    ],
    [CHAIR, { type: 'open-vote', voteId: 'v-del', amendmentId: 'a-del' }],
    [seat('RUS'), { type: 'cast-vote', voteId: 'v-del', vote: 'no' }],
    [seat('USA'), { type: 'inscribe-speaker' }],
  ]);
}

/** A well-formed command of each type against {@link busySession}, for role tests. */
export const SAMPLE_COMMANDS: Readonly<Record<SessionCommandType, CommandDraft>> = {
  'circulate-draft': { type: 'circulate-draft', draftId: 'new', instrument: 'resolution', clauses: [clause('x')] },
  'propose-amendment': {
    type: 'propose-amendment',
    draftId: 'res',
    amendmentId: 'a-new',
    op: 'add',
    clause: clause('y'),
  },
  'accept-amendment': { type: 'accept-amendment', draftId: 'prst', amendmentId: 'a-prst' },
  'state-position': { type: 'state-position', position: DEFAULT_POSITION, visibility: 'public' },
  object: { type: 'object', draftId: 'elements', reason: 'Too weak.' },
  'withdraw-objection': { type: 'withdraw-objection', draftId: 'prst' },
  'put-under-silence': { type: 'put-under-silence', draftId: 'elements', until: at(120) },
  'break-silence': { type: 'break-silence', draftId: 'ps', reason: 'We need another paragraph.' },
  'adopt-by-consensus': { type: 'adopt-by-consensus', draftId: 'elements' },
  'open-vote': { type: 'open-vote', voteId: 'v-new', draftId: 'res' },
  'cast-vote': { type: 'cast-vote', voteId: 'v-del', vote: 'yes' },
  'close-vote': { type: 'close-vote', voteId: 'v-del' },
  'explain-vote': { type: 'explain-vote', voteId: 'v-proc', text: 'We voted for it.' },
  'inscribe-speaker': { type: 'inscribe-speaker' },
  'give-floor': { type: 'give-floor' },
  'set-timer': { type: 'set-timer', seconds: 60 },
  'withdraw-draft': { type: 'withdraw-draft', draftId: 'elements' },
  'withdraw-amendment': { type: 'withdraw-amendment', draftId: 'res', amendmentId: 'a-rep' },
  'end-session': { type: 'end-session' },
  'assign-ai': { type: 'assign-ai', seat: memberId('ZAF'), strategy: 'hard-liner' },
  'release-ai': { type: 'release-ai', seat: memberId('ZAF') },
};
