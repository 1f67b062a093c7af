import {
  applyScenarioCommand,
  type EngineError,
  type Scenario,
  type ScenarioCommand,
  type ScenarioEvent,
} from '@horseshoe/engine';

/** The scenario after a list of what-if commands, and the commands that no longer apply. */
export interface Replayed {
  readonly scenario: Scenario;
  /** The commands that applied, in order. */
  readonly applied: readonly ScenarioCommand[];
  /** Commands the engine refused (the file changed under them), with its reasons. */
  readonly refused: readonly { readonly command: ScenarioCommand; readonly errors: readonly EngineError[] }[];
  /** The events of the last command that applied (for a notice such as dropped positions). */
  readonly lastEvents: readonly ScenarioEvent[];
}

/**
 * Applies what-if commands to a loaded scenario, in order, through the engine. A command the engine
 * refuses is skipped and reported; the others still apply. Undo is this with one command fewer.
 * @example replayCommands(loaded, [{ type: 'set-instrument', decision: 'd1', instrument: 'procedural' }])
 */
export function replayCommands(base: Scenario, commands: readonly ScenarioCommand[]): Replayed {
  let scenario = base;
  const applied: ScenarioCommand[] = [];
  const refused: { command: ScenarioCommand; errors: readonly EngineError[] }[] = [];
  let lastEvents: readonly ScenarioEvent[] = [];
  for (const command of commands) {
    const r = applyScenarioCommand(scenario, command);
    if (r.ok) {
      scenario = r.value.scenario;
      lastEvents = r.value.events;
      applied.push(command);
    } else refused.push({ command, errors: r.errors });
  }
  return { scenario, applied, refused, lastEvents };
}

/**
 * {@link replayCommands}, continuing from the last replay when the new list only adds commands to it
 * on the same base (a new what-if costs one command, not the whole list).
 */
export function replayFrom(
  last: { readonly base: Scenario; readonly commands: readonly ScenarioCommand[]; readonly result: Replayed } | null,
  base: Scenario,
  commands: readonly ScenarioCommand[],
): Replayed {
  const extends_ =
    last !== null &&
    last.base === base &&
    last.commands.length <= commands.length &&
    last.commands.every((c, i) => c === commands[i]);
  if (!last || !extends_) return replayCommands(base, commands);
  const more = replayCommands(last.result.scenario, commands.slice(last.commands.length));
  return {
    scenario: more.scenario,
    applied: [...last.result.applied, ...more.applied],
    refused: [...last.result.refused, ...more.refused],
    lastEvents: more.applied.length > 0 ? more.lastEvents : last.result.lastEvents,
  };
}
