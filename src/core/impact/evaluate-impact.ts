/**
 * Did the campaign work? Entry point of the impact evaluation (DESIGN §5); see README.md in this folder for
 * the method and the shapes.
 */
import { createRandom, deriveSeed } from '../random.ts';
import { evaluateKpi } from './evaluate-kpi.ts';
import { computeGapEffect } from './gap-effect.ts';
import type { EvaluateImpactInput, ImpactEvaluation, KpiImpact } from './types.ts';
import { computeCoverage, computeWeekGrid, type WeekGrid } from './weeks.ts';

const DEFAULT_REPLICATES = 2_000;
const DEFAULT_MEANINGFUL_LIFT = 0.1;
/** Two-week blocks keep short autocorrelation (a fair, a mailing) and still give 13-week windows ~7 blocks. */
const DEFAULT_BLOCK_WEEKS = 2;

/**
 * Evaluates a campaign's KPIs by difference-in-differences against sibling scopes (and against a baseline
 * series when given), with moving-block bootstrap intervals. Deterministic for a given seed. The campaign's
 * verdict is the primary KPI's; every KPI carries its own verdict, reason and warnings.
 */
export function evaluateImpact(input: EvaluateImpactInput): ImpactEvaluation {
  if (input.kpis.length === 0) throw new Error('evaluateImpact needs at least one KPI');
  const grids = input.kpis.map((kpi) =>
    computeWeekGrid({ window: input.window, asOf: input.asOf, coverage: computeCoverage(kpi.target) }),
  );
  const kpis: KpiImpact[] = input.kpis.map((kpi, index) =>
    evaluateKpi({
      kpi,
      grid: grids[index] as WeekGrid,
      random: createRandom(deriveSeed(input.seed, kpi.key)),
      replicates: input.replicates ?? DEFAULT_REPLICATES,
      blockWeeks: input.blockWeeks ?? DEFAULT_BLOCK_WEEKS,
      meaningfulLift: input.meaningfulLift ?? DEFAULT_MEANINGFUL_LIFT,
    }),
  );
  const primary = kpis.find((kpi) => kpi.key === input.primaryKpi) ?? (kpis[0] as KpiImpact);
  const gap = input.gap;
  const gapIndex = gap ? input.kpis.findIndex((kpi) => kpi.key === gap.kpiKey) : -1;
  const gapKpi = input.kpis[gapIndex];
  const gapImpact = kpis[gapIndex];
  const gapGrid = grids[gapIndex];
  return {
    verdict: primary.verdict,
    reason: primary.reason,
    primaryKpi: primary.key,
    kpis,
    warnings: kpis.flatMap((kpi) => kpi.warnings),
    gapEffect:
      gap && gapKpi && gapImpact && gapGrid
        ? computeGapEffect({ gap, kpi: gapKpi, impact: gapImpact, grid: gapGrid })
        : null,
  };
}
