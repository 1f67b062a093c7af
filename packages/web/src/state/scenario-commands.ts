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
