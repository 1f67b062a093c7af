import type { Command } from 'commander';
import { registerSessionReplay } from './session-replay.ts';

/**
 * `horseshoe session`: live sessions (docs/sessions.md). Each subcommand lives in its own file and
 * registers itself here: `session replay` (session-replay.ts).
 */
export function registerSession(program: Command): void {
  const session = program
    .command('session')
    .description('Live sessions of the Council: replay a session script through the engine.')
    .addHelpText('after', '\nSee docs/sessions.md for sessions, their commands and events, and the script format.');
  registerSessionReplay(session);
  for (const sub of session.commands) sub.exitOverride();
  session.exitOverride();
}
