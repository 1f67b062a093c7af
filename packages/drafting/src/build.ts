import { type Council, isConsensusInstrument, isCouncilDate } from '@horseshoe/engine';
import type { DecisionFileInput, PositionFileInput, ScenarioFileInput } from '@horseshoe/protocol';
import { slug } from './clauses.ts';
import type { Citation, FieldCitation, ReadDecision, ReadOutcome, Stance } from './types.ts';

type Path = (string | number)[];

/** Builds the scenario file object from what was read, with a citation for every field. */
export function buildScenario(
  title: string,
  date: string,
  decisions: readonly ReadDecision[],
  councilFor: (date: string) => Council | null,
): { scenario: ScenarioFileInput; citations: FieldCitation[] } {
  const citations: FieldCitation[] = [];
  const cite = (path: Path, c: Citation) => citations.push({ ...c, path });
  const ids = new Set<string>();
  const files: DecisionFileInput[] = decisions.map((d, i) => {
    const at: Path = ['decisions', i];
    const council = councilFor(d.date ?? date) ?? councilFor(date);
    const id = uniqueId(ids, baseId(d));
    const file: DecisionFileInput = { id, instrument: d.instrument };
    if (d.penCite) cite([...at, 'id'], { ...d.penCite, note: `drafted by ${d.penholders.join(', ')}` });
    cite([...at, 'instrument'], d.instrumentCite);
    if (d.date && d.dateCite && d.date !== date && isCouncilDate(d.date)) {
      file.date = d.date;
      cite([...at, 'date'], d.dateCite);
    }
    if (d.clauses.length > 0) {
      file.clauses = d.clauses.map((c, j) => {
        cite([...at, 'clauses', j], c.cite);
        return { id: c.id, text: c.text };
      });
    }
    const members = new Set<string>(council?.members.map((m) => m.code) ?? []);
    const stances = resolveOthers(d.stances, members).filter((s) => members.has(s.member));
    const positions = positionsOf(stances, (code, field, c) => cite([...at, 'positions', code, field], c));
    if (Object.keys(positions).length > 0) file.positions = positions;
    const notVoted = d.flags['not-voted'];
    if (notVoted) cite([...at, 'instrument'], { ...notVoted, assumption: 'never put to a vote: no recorded result' });
    const recorded = recordedOf(d, stances, council);
    if (recorded) {
      file.recorded = recorded.file;
      cite([...at, 'recorded'], recorded.cite);
    }
    return file;
  });
  return { scenario: { title, date, decisions: files }, citations };
}

function baseId(d: ReadDecision): string {
  const noun =
    d.instrument === 'resolution'
      ? 'draft-resolution'
      : d.instrument === 'procedural'
        ? 'procedural-vote'
        : d.instrument;
  const pen = d.penholders.length > 0 ? `${d.penholders.map((p) => p.toLowerCase()).join('-')}-` : '';
  const when = d.date && isConsensusInstrument(d.instrument) ? `-${d.date}` : '';
  return slug(`${pen}${noun}${when}`) || 'decision';
}

function uniqueId(ids: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

/**
 * "The other members" are the members without a vote in the decision so far; "nine other members"
 * only when exactly nine remain (else the text does not say which, and nothing is read).
 */
function resolveOthers(stances: readonly Stance[], members: ReadonlySet<string>): Stance[] {
  const isOthers = (s: Stance) => s.member.startsWith('*others');
  const voted = new Set(stances.filter((s) => s.kind === 'vote' && !isOthers(s)).map((s) => s.member));
  const remaining = [...members].filter((m) => !voted.has(m));
  return stances.flatMap((s) => {
    if (!isOthers(s)) return [s];
    const count = s.member.slice('*others:'.length);
    if (count !== '' && Number(count) !== remaining.length) return [];
    return remaining.map((member) => ({ ...s, member }));
  });
}

type Field = 'rejects' | 'requires' | 'vote';

/**
 * Each member's position on the decision: red lines as read; a vote as read, or an inferred vote
 * (an assumption) only when no red line already explains the member's stance.
 */
function positionsOf(stances: readonly Stance[], cite: (code: string, field: Field, c: Citation) => void) {
  const out: Record<string, PositionFileInput> = {};
  for (const member of new Set(stances.map((s) => s.member))) {
    const mine = stances.filter((s) => s.member === member);
    const p: PositionFileInput = {};
    for (const field of ['rejects', 'requires'] as const) {
      const lines = mine.filter((s) => s.kind === field);
      if (lines.length === 0) continue;
      p[field] = [...new Set(lines.map((s) => s.value))];
      cite(member, field, lines[0]!.cite);
    }
    const votes = mine.filter((s) => s.kind === 'vote');
    const read = votes.find((s) => !s.cite.assumption) ?? (p.rejects || p.requires ? undefined : votes[0]);
    if (read) {
      p.vote = read.value as 'yes' | 'no' | 'abstain' | 'absent';
      cite(member, 'vote', read.cite);
    }
    if (Object.keys(p).length > 0) out[member] = p;
  }
  return out;
}

function recordedOf(
  d: ReadDecision,
  stances: readonly Stance[],
  council: Council | null,
): { file: NonNullable<DecisionFileInput['recorded']>; cite: Citation } | null {
  const votes: Record<string, 'yes' | 'no' | 'abstain' | 'absent'> = {};
  for (const s of stances) {
    if (s.kind === 'vote' && !s.cite.assumption && votes[s.member] === undefined) votes[s.member] = s.value as 'no';
  }
  const tally = tallyOf(d, votes, council);
  const outcome = outcomeOf(d, stances, council, tally);
  if (!outcome) return null;
  return {
    file: {
      outcome: outcome.value,
      ...(tally ? { tally } : {}),
      ...(Object.keys(votes).length > 0 && !isConsensusInstrument(d.instrument) ? { votes } : {}),
    },
    cite: outcome.cite,
  };
}

function outcomeOf(
  d: ReadDecision,
  stances: readonly Stance[],
  council: Council | null,
  tally: string | undefined,
): { value: ReadOutcome; cite: Citation } | null {
  const f = d.flags;
  const counts = tally?.split('-').map(Number);
  if (isConsensusInstrument(d.instrument)) {
    const blocked = f.blocked ?? f.failed ?? f.vetoed;
    if (blocked) return { value: 'objection', cite: blocked };
    return f.adopted ? { value: 'adopted', cite: f.adopted } : null;
  }
  const threshold = council?.threshold ?? 9;
  const yes = counts?.[0] ?? d.tally.yes;
  const failed = f.vetoed ?? f.failed;
  const permanentNo = stances.some(
    (s) => s.kind === 'vote' && s.value === 'no' && council?.members.some((m) => m.code === s.member && m.permanent),
  );
  const countCite = d.tally.cites[0] ?? stances.find((s) => s.kind === 'vote')?.cite;
  if (!failed && !f.adopted && counts && countCite) {
    // The text gives the vote but not its result: the rules give it (an assumption the user should check).
    const value: ReadOutcome =
      (counts[0] ?? 0) < threshold
        ? 'insufficient-votes'
        : permanentNo && d.instrument === 'resolution'
          ? 'veto'
          : 'adopted';
    return {
      value,
      cite: { ...countCite, assumption: `outcome not stated; the rules give "${value}" from the tally` },
    };
  }
  if (failed) {
    if (yes !== undefined) {
      const value = yes >= threshold && d.instrument === 'resolution' ? 'veto' : 'insufficient-votes';
      return { value, cite: failed };
    }
    if (d.instrument === 'resolution' && (f.vetoed || permanentNo)) return { value: 'veto', cite: failed };
    return null;
  }
  if (f.adopted && !f['not-voted']) return { value: 'adopted', cite: f.adopted };
  return null;
}

/** `yes-no-abstain` when the text gives all three counts, or two and names every member of the third. */
function tallyOf(d: ReadDecision, votes: Record<string, string>, council: Council | null): string | undefined {
  const named = (v: string) => Object.values(votes).filter((x) => x === v).length;
  const size = council?.size ?? 15;
  const parts = { yes: d.tally.yes, no: d.tally.no, abstain: d.tally.abstain };
  const missing = (Object.keys(parts) as (keyof typeof parts)[]).filter((k) => parts[k] === undefined);
  const known = Object.values(parts).reduce<number>((a, b) => a + (b ?? 0), 0);
  // The counts the text leaves out are the members it names, when that accounts for the whole Council.
  if (missing.length > 0 && known + missing.reduce((a, k) => a + named(k), 0) === size) {
    for (const k of missing) parts[k] = named(k);
  }
  if (parts.yes === undefined || parts.no === undefined || parts.abstain === undefined) return undefined;
  if (parts.yes + parts.no + parts.abstain > size) return undefined;
  return `${parts.yes}-${parts.no}-${parts.abstain}`;
}
