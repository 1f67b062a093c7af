import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { type Failure, FailureError, failure, liveErrorFrame, parseAfter } from './failures.ts';
import type { SessionService } from './service.ts';

/** How long a new connection may take to send its first message `{token, after}`. */
const HELLO_MS = 10_000;
/** A client that lets this much pile up unread is cut off (it reconnects with `after`). */
const MAX_BUFFERED = 8 * 1024 * 1024;

/**
 * `WebSocket /api/sessions/{id}/live`: the client's first message is `{token, after}`; the server then
 * sends each event with `seq > after` that the token's role may see, one JSON message each, in order,
 * none twice. A refusal is one error frame `{type: 'error', error: {code, status, message}}`, then the
 * socket closes with `4000 + status`.
 */
export function registerLive<S>(app: FastifyInstance, service: SessionService<S>): void {
  app.get<{ Params: { id: string } }>('/api/sessions/:id/live', { websocket: true }, (socket, request) => {
    const id = request.params.id;
    let stop: (() => void) | null = null;
    let role: string | null = null;
    const refuse = (f: Failure) => {
      service.audit(id, role, 'live', f);
      const { frame, closeCode } = liveErrorFrame(f);
      if (socket.readyState === socket.OPEN) socket.send(frame);
      socket.close(closeCode, f.code);
    };
    const hello = setTimeout(
      () => refuse(failure('request/malformed', `first message: send {token, after} within ${HELLO_MS / 1000} s`)),
      HELLO_MS,
    );
    socket.once('message', (data) => {
      clearTimeout(hello);
      void (async () => {
        const { token, after } = readHello(data.toString());
        role = await service.authenticate(id, token);
        const unsubscribe = await service.live(id, role, after, (event) => send(socket, event));
        if (socket.readyState !== socket.OPEN) unsubscribe();
        else stop = unsubscribe;
      })().catch((error: unknown) =>
        refuse(error instanceof FailureError ? error.failure : failure('server/error', 'the live feed failed')),
      );
      socket.on('message', () =>
        refuse(failure('role/forbidden', 'the live feed is read-only: send commands with POST …/commands')),
      );
    });
    socket.on('close', () => {
      clearTimeout(hello);
      stop?.();
      stop = null;
    });
  });
}

function send(socket: WebSocket, event: unknown): void {
  if (socket.readyState !== socket.OPEN) return;
  if (socket.bufferedAmount > MAX_BUFFERED) {
    socket.close(1013, 'too slow: reconnect with after');
    return;
  }
  socket.send(JSON.stringify(event));
}

function readHello(text: string): { token: string; after: number } {
  let hello: unknown;
  try {
    hello = JSON.parse(text);
  } catch {
    throw new FailureError(failure('request/malformed', 'first message: not JSON; send {"token": …, "after": N}'));
  }
  if (typeof hello !== 'object' || hello === null) {
    throw new FailureError(failure('request/malformed', 'first message: send {"token": …, "after": N}'));
  }
  const { token, after } = hello as { token?: unknown; after?: unknown };
  if (typeof token !== 'string' || token === '') {
    throw new FailureError(failure('auth/missing-token', 'first message: token: missing'));
  }
  if (after !== undefined && (typeof after !== 'number' || !Number.isInteger(after) || after < 0)) {
    throw new FailureError(failure('request/malformed', 'first message: after: expected a whole number ≥ 0'));
  }
  return { token, after: after === undefined ? 0 : parseAfter(String(after)) };
}
