import { Command, CommanderError } from 'commander';
import { EXIT, UsageError } from './cli-error.ts';
import { registerCouncil } from './commands/council.ts';
import { registerDraftScenario } from './commands/draft-scenario.ts';
import { registerEvaluate } from './commands/evaluate.ts';
import { registerHistory } from './commands/history.ts';
import { registerOutcome } from './commands/outcome.ts';
import { registerPower } from './commands/power.ts';
import { registerSearch } from './commands/search.ts';
import { registerServe } from './commands/serve.ts';

/** Builds the `horseshoe` program with every command registered. */
export function createProgram(): Command {
  const program = new Command('horseshoe')
    .description(
      'The UN Security Council in software: who sits on it, how it decides, what can pass, who holds power, what the record says.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCouncil(program);
  registerDraftScenario(program);
  registerEvaluate(program);
  registerHistory(program);
  registerOutcome(program);
  registerPower(program);
  registerSearch(program);
  registerServe(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI on `argv` and returns the exit code (0 answered, 2 bad input, 1 other failure). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are answers; every other commander error is a usage error it already printed.
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    ) {
      return EXIT.ok;
    }
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`horseshoe: ${error.message}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`horseshoe: ${message}\n`);
  if (process.env.HORSESHOE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.failure;
}
