// A tiny reducer behind the server's port, for testing the plumbing (stores, hubs, live feeds, ticks)
// apart from the Council's rules: `note` appends a public event, `secret` one only its sender sees,
// `alarm` sets a deadline that `tick` turns into `rang`, `refuse` is refused with 409.
import type { StoredEvent } from '../store/types.ts';
import type { SessionEnginePort } from './engine-port.ts';
import { failure } from './failures.ts';

export interface FakeState {
  readonly version: number;
  readonly alarm: string | null;
}

const stamp = (state: FakeState, now: Date, actor: string, type: string, extra: object = {}): StoredEvent => ({
  seq: state.version + 1,
  type,
  at: now.toISOString(),
  actor,
  ...extra,
});

function evolve(state: FakeState, event: StoredEvent): FakeState {
  const alarm = event.type === 'alarm-set' ? (event.until as string) : event.type === 'rang' ? null : state.alarm;
  return { version: event.seq, alarm };
}

export const FAKE_ENGINE: SessionEnginePort<FakeState> = {
  parseCreate: (body) => ({ ok: true, input: body as { title: string; date: string } }),
  create: (id, input, now) => ({
    ok: true,
    created: {
      events: [
        stamp({ version: 0, alarm: null }, now, 'system', 'session-created', { sessionId: id, title: input.title }),
      ],
      seats: ['GBR', 'RUS'],
    },
  }),
  fold: (state, events) => events.reduce(evolve, state ?? { version: 0, alarm: null }),
  parseCommand: (body) => {
    const b = body as { commandId?: unknown };
    return typeof b?.commandId === 'string'
      ? { ok: true, command: body as { commandId: string } }
      : { ok: false, failure: failure('request/malformed', 'commandId: missing') };
  },
  apply(state, command, role, now) {
    const c = command as unknown as { type: string; until?: string; text?: string };
    if (role === 'gallery')
      return { ok: false, failure: { code: 'session/forbidden', status: 403, message: 'gallery' } };
    if (c.type === 'refuse') return { ok: false, failure: { code: 'session/vote-closed', status: 409, message: 'no' } };
    const type = c.type === 'secret' ? 'secret-noted' : c.type === 'alarm' ? 'alarm-set' : 'noted';
    const event = stamp(state, now, role, type, c.until ? { until: c.until } : { text: c.text ?? '' });
    return { ok: true, state: evolve(state, event), events: [event] };
  },
  tick(state, now) {
    if (state.alarm === null || Date.parse(state.alarm) > now.getTime()) return { state, events: [] };
    const event = stamp(state, now, 'system', 'rang');
    return { state: evolve(state, event), events: [event] };
  },
  view: (state, role) => ({ version: state.version, alarm: state.alarm, viewer: role }),
  visible: (event, role) => event.type !== 'secret-noted' || event.actor === role,
};
