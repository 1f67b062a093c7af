import path from 'node:path';
import { memberId } from '@horseshoe/engine';
import {
  adviceFor,
  createSession,
  parseActorName,
  runSession,
  type SessionViewer,
  SYSTEM,
} from '@horseshoe/engine/session';
import { formatScenarioError, parseScenario, parseSessionScript } from '@horseshoe/protocol';
import type { Command } from 'commander';
import { UsageError } from '../cli-error.ts';
import { readInputFile } from '../input-file.ts';
import { printResult, splitList } from '../output.ts';
import { sessionGroup } from './session-group.ts';
import { type Replay, renderReplay, replayJson } from './session-replay-render.ts';

interface ReplayFlags {
  json?: boolean;
  advice?: string;
  as?: string;
}

/** `horseshoe session replay FILE`: runs a session script through the reducer. */
export function registerSessionReplay(program: Command): void {
  const session = sessionGroup(program);
  session
    .command('replay')
    .description(
      'Replay a session script (YAML or JSON): create the session, run each command through the engine, print the timeline and the outcomes.',
    )
    .argument('<FILE>', 'session script (format: docs/sessions.md, "Session scripts")')
    .option(
      '--advice <CODES>',
      "at the end, the engine's advice to these seats (comma-separated), from what each may see",
    )
    .option('--as <ROLE>', 'print the timeline as this role sees it: chair, gallery or seat:CODE (default: everything)')
    .option('--json', 'print JSON', false)
    .addHelpText(
      'after',
      `
Example:
  horseshoe session replay cases/sessions/libya-2019.session.yaml --advice GBR

Exit codes: 0 the script ran as written; 2 the file is missing or invalid (every error printed as
file:line:column: field: message), or a step was refused that does not say expect: {refused: CODE}
(or one that expects a refusal was accepted); 1 other failure.`,
    )
    .action((file: string, flags: ReplayFlags) => {
      const replay = runReplay(file, flags);
      printResult(Boolean(flags.json), replayJson(replay), () => renderReplay(replay));
    })
    .exitOverride();
  session.exitOverride();
}

/** Loads, checks and runs a script; a refusal the script did not expect is a usage error naming its line. */
export function runReplay(file: string, flags: Pick<ReplayFlags, 'advice' | 'as'> = {}): Replay {
  const viewer = viewerOf(flags.as);
  const text = readInputFile(file, 'FILE');
  const loaded = parseSessionScript(text, file, (name) => {
    const scenarioFile = path.resolve(path.dirname(file), name);
    let scenarioText: string;
    try {
      scenarioText = readInputFile(scenarioFile, 'scenario');
    } catch (error) {
      return { ok: false, message: (error as Error).message.replace(/^scenario: /, '') };
    }
    const parsed = parseScenario(scenarioText, path.relative(process.cwd(), scenarioFile));
    if (parsed.ok) return parsed;
    for (const e of parsed.errors) process.stderr.write(`${formatScenarioError(e)}\n`);
    return { ok: false, message: `${name}: ${parsed.errors.length} error(s) in the scenario` };
  });
  if (!loaded.ok) {
    for (const e of loaded.errors) process.stderr.write(`${formatScenarioError(e)}\n`);
    throw new UsageError(
      `${file}: ${loaded.errors.length} error${loaded.errors.length === 1 ? '' : 's'}; nothing replayed`,
    );
  }
  const script = loaded.script;
  const created = createSession({
    id: path.basename(file).replace(/\.(session\.)?(ya?ml|json)$/, ''),
    title: script.title,
    date: script.date,
    ...(script.scenario ? { scenario: script.scenario } : {}),
    options: {
      now: script.start,
      scenarioPositions: script.scenarioPositions,
      circulateScenario: script.circulateScenario,
    },
  });
  if (!created.ok) throw new UsageError(`${file}: ${created.errors.map((e) => e.message).join('; ')}`);
  const run = runSession(
    created.value,
    script.steps.map((s) => ({
      at: s.at,
      ...(s.actor ? { actor: s.actor } : {}),
      ...(s.command ? { command: s.command } : {}),
    })),
  );
  for (const [i, outcome] of run.steps.entries()) {
    const step = script.steps[i];
    if (!step) continue;
    const where = `${file}:${step.line}: steps[${step.index}]`;
    const what = `${step.command?.type ?? 'tick'}${step.actor ? ` by ${actorWords(step.actor)}` : ''}`;
    if (!outcome.ok && outcome.refusal.code !== step.expectRefused) {
      throw new UsageError(
        `${where}: ${what} was refused (${outcome.refusal.status} ${outcome.refusal.code}): ${outcome.refusal.message}${step.expectRefused ? ` (the step expects ${step.expectRefused})` : ''}`,
      );
    }
    if (outcome.ok && step.expectRefused) {
      throw new UsageError(`${where}: ${what} was accepted, but the step expects a refusal (${step.expectRefused})`);
    }
  }
  const advice = splitList(flags.advice).map((code) => {
    const member = run.state.body.members.find((m) => m.code.toUpperCase() === code.toUpperCase());
    if (!member) throw new UsageError(`--advice: ${code} is not a member of this session`);
    return { seat: member.code, drafts: adviceFor(run.state, memberId(member.code)) };
  });
  return { file, script, state: run.state, events: run.events, steps: run.steps, viewer, advice };
}

function viewerOf(role: string | undefined): SessionViewer {
  if (role === undefined) return SYSTEM;
  const actor = parseActorName(role);
  if (!actor || actor.type === 'system') throw new UsageError(`--as: "${role}" is not chair, gallery or seat:CODE`);
  return actor;
}

function actorWords(actor: SessionViewer): string {
  return actor.type === 'seat' ? `seat:${actor.member}` : actor.type;
}
