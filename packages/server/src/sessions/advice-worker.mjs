// A worker thread of the advice pool (advice-pool.ts): rebuilds a session from its log and computes one
// seat's advice, off the server's event loop. Plain JavaScript that loads the TypeScript sources through
// tsx, as the CLI does.
import { register } from 'tsx/esm/api';

register();
const { adviseFromLog } = await import('./advice-task.ts');

export default function advise(task) {
  return adviseFromLog(task.events, task.role);
}
