// A worker thread of the advice pool (advice-pool.ts): rebuilds a session from its log and computes one
// seat's advice, off the server's event loop. Compiled to dist/sessions/advice-worker.js.
import { adviseFromLog } from './advice-task.ts';

/** Piscina calls the default export with each task. */
export default function advise(task: { readonly events: readonly unknown[]; readonly role: string }): unknown {
  return adviseFromLog(task.events, task.role);
}
