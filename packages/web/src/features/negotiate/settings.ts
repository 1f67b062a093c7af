import type { Decision, MemberId } from '@horseshoe/engine';
import { DEFAULT_STRATEGY, isStrategyName, type StrategyName } from '@horseshoe/engine/negotiation';

// The negotiation player's settings and step, as the page's address keeps them (`n=GBR.10.1.4`, then
// `.RUS_hard-liner` per member whose strategy is not its default: the file's `strategy:`, else the
// engine's default): a shared link replays the same talks and opens them at the same step.

/** Rounds the player offers (the CLI's `--rounds` goes up to 1,000; a person steps through far fewer). */
export const MAX_ROUNDS = 50;

/** What the talks are played with, and the step shown. */
export interface NegotiationSettings {
  readonly penholder: MemberId;
  readonly rounds: number;
  readonly seed: number;
  /** Strategies of the members whose strategy is not their default ({@link fileStrategy}). */
  readonly strategies: Readonly<Record<string, StrategyName>>;
  /** The frame shown, 0-based. */
  readonly step: number;
}

/** The CLI's defaults: the first permanent member holds the pen, 10 rounds, seed 1, every strategy the default. */
export function defaultSettings(decision: Decision): NegotiationSettings {
  const penholder = decision.body.permanent[0] ?? (decision.body.members[0] as MemberId);
  return { penholder, rounds: 10, seed: 1, strategies: {}, step: 0 };
}

/** A member's strategy when the player does not change it: the scenario file's, else the engine's default. */
export function fileStrategy(decision: Decision, member: string): StrategyName {
  return decision.strategies?.get(member as MemberId) ?? DEFAULT_STRATEGY;
}

/** A member's strategy under the settings. */
export function strategyOf(settings: NegotiationSettings, decision: Decision, member: string): StrategyName {
  return settings.strategies[member] ?? fileStrategy(decision, member);
}

/** The strategies the player changed, as `negotiate` takes them (over the decision's own). */
export function strategyMap(settings: NegotiationSettings): Map<MemberId, StrategyName> {
  return new Map(Object.entries(settings.strategies).map(([m, s]) => [m as MemberId, s]));
}

/** The settings with one member's strategy set (its default is not stored); the talks start again. */
export function withStrategy(
  settings: NegotiationSettings,
  decision: Decision,
  member: string,
  s: StrategyName,
): NegotiationSettings {
  const { [member]: _, ...rest } = settings.strategies;
  return { ...settings, strategies: s === fileStrategy(decision, member) ? rest : { ...rest, [member]: s }, step: 0 };
}

/**
 * Reads the settings of an address for a decision: every part that cannot be read (a hand-edited link,
 * a member not in this decision's body) keeps its default.
 * @example readSettings('GBR.10.1.4', libyaDraft).penholder // 'GBR'
 */
export function readSettings(text: string, decision: Decision): NegotiationSettings {
  const d = defaultSettings(decision);
  const [penholder, rounds, seed, step, ...rest] = text.split('.');
  const isMember = (m: string | undefined): m is MemberId =>
    m !== undefined && decision.body.members.includes(m as MemberId);
  const whole = (s: string | undefined, min: number, max: number, fallback: number) => {
    const n = Number(s);
    return s !== undefined && s !== '' && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
  };
  const strategies: Record<string, StrategyName> = {};
  for (const part of rest) {
    const at = part.indexOf('_');
    const [m, s] = [part.slice(0, at), part.slice(at + 1)];
    if (at > 0 && isMember(m) && isStrategyName(s) && s !== fileStrategy(decision, m)) strategies[m] = s;
  }
  return {
    penholder: isMember(penholder) ? penholder : d.penholder,
    rounds: whole(rounds, 1, MAX_ROUNDS, d.rounds),
    seed: whole(seed, -(2 ** 31), 2 ** 31 - 1, d.seed),
    strategies,
    step: whole(step, 0, Number.MAX_SAFE_INTEGER, 0),
  };
}

/** Writes the settings for the address, the inverse of {@link readSettings}. */
export function writeSettings(s: NegotiationSettings): string {
  const strategies = Object.entries(s.strategies)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([m, name]) => `${m}_${name}`);
  return [s.penholder, s.rounds, s.seed, s.step, ...strategies].join('.');
}
