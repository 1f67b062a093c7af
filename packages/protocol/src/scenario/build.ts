import {
  type CastVote,
  type Clause,
  clauseId,
  type Decision,
  isoDate,
  type MemberId,
  type PositionOverride,
  positionsFor,
  type RecordedResult,
  type Scenario,
  type StrategyName,
  tallyFrom,
} from '@horseshoe/engine';
import { type CouncilResolver, checkCustomBody, councilBody, customBody, type ResolvedBody } from './bodies.ts';
import type { FieldPath } from './locate.ts';
import { checkDistribution, checkPositionClauses, type Issue, overrideFrom } from './positions.ts';
import type { DecisionFile, RecordedFile, ScenarioFile } from './schema.ts';

/**
 * Checks everything the schema cannot (ids, references, member codes, distributions) and builds the
 * engine's {@link Scenario}. Every problem is collected; the scenario is built only when there is none.
 */
export function buildScenario(
  file: ScenarioFile,
  resolveCouncil: CouncilResolver,
): { readonly scenario: Scenario } | { readonly issues: readonly Issue[] } {
  const issues: Issue[] = [];
  if (file.body) issues.push(...checkCustomBody(file.body));
  const bodyUsable = issues.length === 0;

  const ids = new Map<string, number>();
  const contexts = file.decisions.map((d, i) => {
    const path: FieldPath = ['decisions', i];
    const first = ids.get(d.id);
    if (first !== undefined)
      issues.push({ path: [...path, 'id'], message: `duplicate decision id "${d.id}" (also decisions[${first}])` });
    else ids.set(d.id, i);
    issues.push(...checkClauses(d, path));
    return { decision: d, path, body: bodyFor(file, d, path, resolveCouncil, bodyUsable, issues) };
  });

  // Scenario-level positions: each code must sit in at least one decision's body, and each clause id
  // must be defined by at least one decision (the position applies where the clause exists).
  const everyClause = new Set(file.decisions.flatMap((d) => (d.clauses ?? []).map((c) => c.id)));
  for (const [code, position] of Object.entries(file.positions ?? {})) {
    const path: FieldPath = ['positions', code];
    issues.push(
      ...checkPositionClauses(
        position,
        path,
        (id) => everyClause.has(id),
        (id) => `unknown clause id "${id}": no decision defines it`,
      ),
      ...checkDistribution(position, path),
    );
    const resolved = contexts.flatMap((c) => (c.body ? [c.body.resolve(code)] : []));
    const member = resolved.find((r): r is { member: MemberId } => 'member' in r)?.member;
    if (member === undefined) {
      const reasons = [...new Set(resolved.map((r) => ('error' in r ? r.error : '')))].filter((s) => s !== '');
      const dates = [...new Set(contexts.map((c) => c.body?.body.date ?? null))];
      const onCouncil = dates.every((date) => date !== null);
      const message =
        reasons.length > 1 && onCouncil
          ? `${code} was not a member of the Security Council on any decision's date (${dates.join(', ')})`
          : reasons.join('; ');
      if (reasons.length > 0) issues.push({ path, atKey: true, message });
    }
  }
  // Codes such as RUS and SUN may name one seat; two positions for it would be ambiguous.
  const scenarioCodes = new Map<MemberId, string>();
  for (const code of Object.keys(file.positions ?? {})) {
    for (const c of contexts) {
      const r = c.body?.resolve(code);
      if (!r || !('member' in r)) continue;
      const other = scenarioCodes.get(r.member);
      if (other !== undefined && other !== code) {
        issues.push({ path: ['positions', code], atKey: true, message: `${code} and ${other} name the same member` });
      }
      scenarioCodes.set(r.member, code);
    }
  }

  const scenarioLevel = new Map(Object.entries(file.positions ?? {}).map(([code, p]) => [code, overrideFrom(p)]));
  const scenarioStrategies = new Map(
    Object.entries(file.positions ?? {}).flatMap(([code, p]) => (p.strategy ? [[code, p.strategy] as const] : [])),
  );
  const decisions: Decision[] = [];
  for (const { decision, path, body } of contexts) {
    if (!body) continue;
    const built = buildDecision(decision, path, body, scenarioLevel, issues);
    const strategies = built ? strategiesFor(decision, body, scenarioStrategies) : null;
    if (built) decisions.push(strategies ? { ...built, strategies } : built);
  }
  if (issues.length > 0) return { issues };
  const date = file.date ? isoDate(file.date) : null;
  return { scenario: { title: file.title, date, decisions, positions: scenarioLevel } };
}

function checkClauses(d: DecisionFile, path: FieldPath): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  (d.clauses ?? []).forEach((c, j) => {
    if (seen.has(c.id))
      issues.push({
        path: [...path, 'clauses', j, 'id'],
        message: `duplicate clause id "${c.id}" in decision "${d.id}"`,
      });
    seen.add(c.id);
  });
  const tabled = new Set<string>();
  (d.tabled ?? []).forEach((id, j) => {
    const at = [...path, 'tabled', j];
    if (!seen.has(id)) issues.push({ path: at, message: unknownClause(id, d) });
    else if (tabled.has(id)) issues.push({ path: at, message: `clause "${id}" is tabled twice` });
    tabled.add(id);
  });
  return issues;
}

function bodyFor(
  file: ScenarioFile,
  d: DecisionFile,
  path: FieldPath,
  resolveCouncil: CouncilResolver,
  bodyUsable: boolean,
  issues: Issue[],
): ResolvedBody | null {
  const date = d.date ?? file.date;
  if (file.body) return bodyUsable ? customBody(file.body, date ? isoDate(date) : null) : null;
  if (date === undefined) {
    issues.push({
      path: ['date'],
      message: `date is required unless body is given (decision "${d.id}" has no date of its own)`,
    });
    return null;
  }
  const council = councilBody(date, resolveCouncil);
  if ('errors' in council) {
    const at: FieldPath = d.date ? [...path, 'date'] : ['date'];
    for (const message of council.errors) issues.push({ path: at, message });
    return null;
  }
  return council;
}

function buildDecision(
  d: DecisionFile,
  path: FieldPath,
  resolved: ResolvedBody,
  scenarioLevel: ReadonlyMap<string, PositionOverride>,
  issues: Issue[],
): Decision | null {
  const clauseIds = new Set((d.clauses ?? []).map((c) => c.id));
  const before = issues.length;
  const own = new Map<MemberId, PositionOverride>();
  for (const [code, position] of Object.entries(d.positions ?? {})) {
    const at: FieldPath = [...path, 'positions', code];
    issues.push(
      ...checkPositionClauses(
        position,
        at,
        (id) => clauseIds.has(id),
        (id) => unknownClause(id, d),
      ),
      ...checkDistribution(position, at),
    );
    const r = resolved.resolve(code);
    if ('error' in r) issues.push({ path: at, atKey: true, message: r.error });
    else if (own.has(r.member)) issues.push({ path: at, atKey: true, message: `a second position for ${r.member}` });
    else own.set(r.member, overrideFrom(position));
  }
  const recorded = d.recorded ? buildRecorded(d.recorded, [...path, 'recorded'], resolved, issues) : undefined;
  if (issues.length > before) return null;

  const clauses: Clause[] = (d.clauses ?? []).map((c) => ({
    id: clauseId(c.id),
    text: c.text ?? null,
    fixed: c.fixed ?? false,
  }));
  return {
    id: d.id,
    instrument: d.instrument,
    clauses,
    tabled: d.tabled ? d.tabled.map(clauseId) : clauses.map((c) => c.id),
    body: resolved.body,
    positions: positionsFor(resolved.body, clauses, scenarioLevel, own),
    overrides: own,
    ...(recorded ? { recorded } : {}),
  };
}

/**
 * Each member's negotiation strategy on a decision: the decision's position's `strategy`, else the
 * scenario-level one (codes the body cannot resolve are reported elsewhere); null when none is named.
 */
function strategiesFor(
  d: DecisionFile,
  resolved: ResolvedBody,
  scenarioLevel: ReadonlyMap<string, StrategyName>,
): Map<MemberId, StrategyName> | null {
  const out = new Map<MemberId, StrategyName>();
  for (const [code, strategy] of scenarioLevel) {
    const r = resolved.resolve(code);
    if (!('error' in r)) out.set(r.member, strategy);
  }
  for (const [code, position] of Object.entries(d.positions ?? {})) {
    const r = resolved.resolve(code);
    if (position.strategy && !('error' in r)) out.set(r.member, position.strategy);
  }
  return out.size > 0 ? out : null;
}

function buildRecorded(
  r: RecordedFile,
  path: FieldPath,
  resolved: ResolvedBody,
  issues: Issue[],
): RecordedResult | undefined {
  const votes = new Map<MemberId, CastVote>();
  for (const [code, vote] of Object.entries(r.votes ?? {})) {
    const m = resolved.resolve(code);
    if ('error' in m) issues.push({ path: [...path, 'votes', code], atKey: true, message: m.error });
    else votes.set(m.member, vote);
  }
  const counts = r.tally?.split('-').map(Number);
  const tally = counts ? { yes: counts[0] ?? 0, no: counts[1] ?? 0, abstain: counts[2] ?? 0 } : null;
  const checked = tally ? tallyFrom(resolved.body, tally) : null;
  if (checked && !checked.ok) {
    for (const e of checked.errors) issues.push({ path: [...path, 'tally'], message: `${r.tally}: ${e.message}` });
  }
  return { symbol: r.symbol ?? null, outcome: r.outcome, tally, votes };
}

function unknownClause(id: string, d: DecisionFile): string {
  const defined = (d.clauses ?? []).map((c) => c.id);
  return `unknown clause id "${id}": decision "${d.id}" defines ${defined.length > 0 ? [...new Set(defined)].map((c) => `"${c}"`).join(', ') : 'no clauses'}`;
}
