import type { MilpSolveOptions, MilpSolver } from '@horseshoe/engine/search';

/** Receives the incumbent and the proven bound of a running MILP solve, in changes or utility. */
export type MilpProgress = (
  objective: MilpSolveOptions['objective'],
  primal: number | undefined,
  dual: number | undefined,
) => void;

/**
 * The MILP solver the engine is given for large instances: HiGHS (WebAssembly), loaded here so the
 * engine stays pure. Each solve gets the time left before the deadline (ms since the epoch).
 * @example const milp = await createHighsSolver(Date.now() + 60_000); searchTexts(decision, { milp })
 */
export async function createHighsSolver(
  deadline: number,
  progress: { readonly milp: MilpProgress } | null = null,
): Promise<MilpSolver> {
  const { default: loadHighs } = await import('highs');
  const highs = await loadHighs();
  const S = highs.constants.modelStatus;
  return {
    solve(lp, { absoluteGap, objective, offset }) {
      const model = highs.createModel({ format: 'lp', data: lp });
      try {
        model.options.set({
          output_flag: false,
          mip_rel_gap: 0,
          mip_abs_gap: absoluteGap,
          time_limit: Math.max(0.05, (deadline - Date.now()) / 1000),
        });
        const onInterrupt = (e: {
          readonly data: { mip_primal_bound?: number; mip_dual_bound?: number };
        }): undefined => {
          const shift = (v: number | undefined) => (v === undefined ? undefined : v + offset);
          progress?.milp(objective, shift(e.data.mip_primal_bound), shift(e.data.mip_dual_bound));
        };
        model.run(progress ? { 6: onInterrupt } : undefined);
        const status = model.getModelStatus();
        if (status === S.infeasible) return { status: 'infeasible', objective: null, bound: null, value: null };
        if (status !== S.optimal && status !== S.timeLimit && status !== S.interrupted) {
          throw new Error(`HiGHS stopped with model status ${status}`);
        }
        const cols = model.getSolution().colValue;
        const index = new Map<string, number>();
        for (let i = 0; i < cols.length; i++) index.set(model.getColName(i), i);
        // Info items are missing when the limit struck before the MIP search started; read them defensively.
        const info = (name: string) => {
          try {
            return Number(model.info.get(name));
          } catch {
            return Number.NaN;
          }
        };
        const hasSolution = status === S.optimal || (info('primal_solution_status') === 2 && cols.length > 0);
        const bound = info('mip_dual_bound');
        return {
          status: status === S.optimal ? 'optimal' : 'time-limit',
          objective: hasSolution ? model.getObjectiveValue() : null,
          bound: Number.isFinite(bound) ? bound : null,
          value: hasSolution ? (name) => cols[index.get(name) ?? -1] ?? 0 : null,
        };
      } finally {
        model.dispose();
      }
    },
  };
}
