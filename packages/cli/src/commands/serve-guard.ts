import { isIP } from 'node:net';
import { LOOPBACK_HOSTS } from '@horseshoe/server';
import { UsageError } from '../cli-error.ts';

/**
 * Checks `--host`: a host name or an IP address, never empty (an empty host would listen on every
 * interface). Returns the `Host` names the server answers to: the loopback names when it is bound to
 * loopback (the DNS-rebinding defence), any name when it is deliberately bound to another address.
 */
export function checkHost(host: string): readonly string[] | 'any' {
  const trimmed = host.trim();
  const name =
    /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
  if (trimmed !== host || (isIP(host) === 0 && !name.test(host))) {
    throw new UsageError(
      `--host must be an address or host name such as 127.0.0.1, ::1 or 0.0.0.0, not ${JSON.stringify(host)}`,
    );
  }
  return isLoopback(host) ? LOOPBACK_HOSTS : 'any';
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Stops the server on the first SIGINT or SIGTERM (idle connections close at once, stalled ones after
 * the server's grace); a second signal cuts every connection at once. Resolves once closed.
 */
export function stopOnSignal(
  close: () => Promise<void>,
  cutAll: () => void,
): { stopped: Promise<void>; off: () => void } {
  let closing = false;
  let done = () => {};
  const stopped = new Promise<void>((resolve) => {
    done = resolve;
  });
  const onSignal = () => {
    if (closing) return cutAll();
    closing = true;
    void close().then(done, done);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const off = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  void stopped.then(off);
  return { stopped, off };
}
