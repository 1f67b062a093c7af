import type { Command } from 'commander';

/**
 * The `horseshoe session` command group, made once and shared by its subcommands (create, export,
 * replay), each registered from its own file.
 */
export function sessionGroup(program: Command): Command {
  const existing = program.commands.find((c) => c.name() === 'session');
  if (existing) return existing;
  return program
    .command('session')
    .description('Live sessions: create one (links for each delegation), export its log, replay a script');
}
