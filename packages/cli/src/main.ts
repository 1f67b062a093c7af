import { Command, CommanderError } from 'commander';
import { EXIT, UsageError } from './cli-error.ts';

type Register = (program: Command) => void;

/**
 * Every command, loaded only when it runs: `horseshoe council` never loads SQLite, the HTTP server or the
 * LP solver, so each start stays small (bench/startup.ts measures it).
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  council: async () => (await import('./commands/council.ts')).registerCouncil,
  evaluate: async () => (await import('./commands/evaluate.ts')).registerEvaluate,
  history: async () => (await import('./commands/history.ts')).registerHistory,
  outcome: async () => (await import('./commands/outcome.ts')).registerOutcome,
  power: async () => (await import('./commands/power.ts')).registerPower,
  search: async () => (await import('./commands/search.ts')).registerSearch,
  serve: async () => (await import('./commands/serve.ts')).registerServe,
  session: async () => {
    const [create, exported, replay] = await Promise.all([
      import('./commands/session-create.ts'),
      import('./commands/session-export.ts'),
      import('./commands/session-replay.ts'),
    ]);
    return (program) => {
      create.registerSessionCreate(program);
      exported.registerSessionExport(program);
      replay.registerSessionReplay(program);
    };
  },
};

/** The commands a run needs: the one named first in `argv`, or all of them (for help and for errors). */
function commandsFor(argv: readonly string[]): string[] {
  const first = argv[2];
  if (first === '--version' || first === '-V') return [];
  return first !== undefined && Object.hasOwn(COMMANDS, first) ? [first] : Object.keys(COMMANDS);
}

/** Builds the `horseshoe` program with the named commands registered (default: every command). */
export async function createProgram(names: readonly string[] = Object.keys(COMMANDS)): Promise<Command> {
  const program = new Command('horseshoe')
    .description(
      'The UN Security Council in software: who sits on it, how it decides, what can pass, who holds power, what the record says.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const registers = await Promise.all(names.flatMap((name) => COMMANDS[name]?.() ?? []));
  for (const register of registers) register(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI on `argv` and returns the exit code (0 answered, 2 bad input, 1 other failure). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = await createProgram(commandsFor(argv));
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
