import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { parseLiveHello } from './bodies.ts';
import { type Failure, FailureError, failure, liveErrorFrame } from './failures.ts';
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
        const hello = parseLiveHello(data.toString());
        if (!hello.ok) throw new FailureError(hello.failure);
        const { token, after } = hello;
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

/** Each event is written as JSON once, however many live clients it goes to. */
const WIRE = new WeakMap<object, string>();

function send(socket: WebSocket, event: object): void {
  if (socket.readyState !== socket.OPEN) return;
  if (socket.bufferedAmount > MAX_BUFFERED) {
    socket.close(1013, 'too slow: reconnect with after');
    return;
  }
  let text = WIRE.get(event);
  if (text === undefined) {
    text = JSON.stringify(event);
    WIRE.set(event, text);
  }
  socket.send(text);
}
