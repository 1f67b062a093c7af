import { councilBody, councilOn } from '@horseshoe/engine';
import fc from 'fast-check';
import type {
  DecisionFileInput as DecisionFile,
  PositionFileInput as PositionFile,
  ScenarioFileInput as ScenarioFile,
} from '../scenario/schema.ts';

// fast-check generators of valid scenario files (the plain objects a YAML or JSON file holds), for
// property tests and fuzzing here and in other packages. Every generated file is valid by construction.

const CLAUSES = ['a', 'b', 'c', 'd', 'e'] as const;
// The Council of 18 April 2019, read from the engine's membership table.
const COUNCIL_2019_BODY = (() => {
  const council = councilOn('2019-04-18');
  if (!council.ok) throw new Error('the engine has no Council for 2019-04-18');
  return councilBody(council.value);
})();
const COUNCIL_2019: readonly string[] = COUNCIL_2019_BODY.members;
const INSTRUMENTS = [
  'resolution',
  'procedural',
  'presidential-statement',
  'press-statement',
  'press-elements',
] as const;

/** A distribution over the four votes with probabilities that are multiples of 1/4 (sums exactly 1). */
export const arbitraryDistribution = fc
  .tuple(fc.nat(4), fc.nat(4), fc.nat(4), fc.nat(4))
  .filter((q) => q.some((x) => x > 0))
  .map(([yes, no, abstain, absent]) => {
    const s = yes + no + abstain + absent;
    return { yes: yes / s, no: no / s, abstain: abstain / s, absent: absent / s };
  })
  .filter(({ yes, no, abstain, absent }) => Math.abs(yes + no + abstain + absent - 1) <= 1e-9);

/** A position naming only the given clause ids. */
export function arbitraryPosition(clauses: readonly string[]): fc.Arbitrary<PositionFile> {
  const ids = clauses.length > 0 ? fc.subarray([...clauses]) : fc.constant<string[]>([]);
  const values = fc.dictionary(
    clauses.length > 0 ? fc.constantFrom(...clauses) : fc.constant('never'),
    fc.integer({ min: -3, max: 3 }),
    { maxKeys: clauses.length },
  );
  return fc.record(
    {
      rejects: ids,
      requires: ids,
      onRedLine: fc.constantFrom('no' as const, 'abstain' as const),
      values: clauses.length > 0 ? values : fc.constant<Record<string, number>>({}),
      yesAt: fc.integer({ min: -2, max: 3 }),
      noBelow: fc.option(fc.integer({ min: -3, max: 2 }), { nil: undefined }),
      vote: fc.oneof(
        { weight: 4, arbitrary: fc.constant(undefined) },
        fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const, 'absent' as const),
        arbitraryDistribution,
      ),
    },
    { requiredKeys: [] },
  );
}

function arbitraryDecision(id: string, members: readonly string[]): fc.Arbitrary<DecisionFile> {
  return fc.subarray([...CLAUSES], { minLength: 0 }).chain((clauseIds) =>
    fc.record(
      {
        id: fc.constant(id),
        instrument: fc.constantFrom(...INSTRUMENTS),
        clauses: fc
          .constant(clauseIds)
          .chain((ids) =>
            fc.tuple(
              ...ids.map((c) => fc.record({ id: fc.constant(c), fixed: fc.boolean() }, { requiredKeys: ['id'] })),
            ),
          ),
        tabled: fc.option(fc.subarray(clauseIds), { nil: undefined }),
        positions: fc.dictionary(fc.constantFrom(...members), arbitraryPosition(clauseIds), { maxKeys: 4 }),
      },
      { requiredKeys: ['id', 'instrument', 'clauses'] },
    ),
  );
}

/**
 * A valid scenario file: a custom body of 3–7 members (or, with `council: true`, the Council of
 * 18 April 2019), 1–3 decisions over clauses `a`…`e`, positions at both levels.
 */
export function arbitraryScenarioFile(options: { readonly council?: boolean } = {}): fc.Arbitrary<ScenarioFile> {
  const bodyArb = options.council
    ? fc.constant<{ members: string[]; permanent: string[]; threshold: number; real: boolean }>({
        members: [...COUNCIL_2019],
        permanent: [...COUNCIL_2019_BODY.permanent],
        threshold: COUNCIL_2019_BODY.threshold,
        real: true,
      })
    : fc.integer({ min: 3, max: 7 }).chain((n) => {
        const members = Array.from({ length: n }, (_, i) => `M${i}`);
        return fc.record({
          members: fc.constant(members),
          permanent: fc.subarray(members, { maxLength: 3 }),
          threshold: fc.integer({ min: 1, max: n }),
          real: fc.constant(false),
        });
      });
  return bodyArb.chain(({ real, ...body }) =>
    fc
      .tuple(
        fc
          .integer({ min: 1, max: 3 })
          .chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => arbitraryDecision(`d${i}`, body.members)))),
        fc.dictionary(fc.constantFrom(...body.members), fc.constant(null), { maxKeys: 3 }),
      )
      .chain(([decisions, scenarioMembers]) => {
        const defined = [...new Set(decisions.flatMap((d) => (d.clauses ?? []).map((c) => c.id)))];
        const codes = Object.keys(scenarioMembers);
        return fc.tuple(...codes.map(() => arbitraryPosition(defined))).map((positions) => {
          const file: ScenarioFile = {
            title: 'generated',
            ...(real ? { date: '2019-04-18' } : { body }),
            positions: Object.fromEntries(codes.map((c, i) => [c, positions[i] as PositionFile])),
            decisions,
          };
          return file;
        });
      }),
  );
}
