/**
 * Are the controls any good? Difference-in-differences rests on parallel trends: the controls must move like the
 * target would have. Before the campaign we can check two symptoms on 4-week blocks (weekly counts of 10–20 are
 * too noisy to read): a drifting target/control ratio (diverging trends) and levels that do not move together.
 */
import type { ImpactWarning } from './types.ts';
import type { AlignedSeries } from './weeks.ts';

const BLOCK_WEEKS = 4;
/** Below this many blocks neither check says anything. */
const MIN_BLOCKS = 6;
/** |t| of the pre-period slope of the log ratio beyond which the trend counts as real. */
const TREND_T = 2.5;
const LOW_CORRELATION = 0.3;

interface Block {
  centerWeek: number;
  logTarget: number;
  logControl: number;
}

function toBlocks(target: AlignedSeries, control: AlignedSeries): Block[] {
  const blocks: Block[] = [];
  const weeks = target.values.length;
  // Blocks end at the last pre week, so the most recent weeks are always in a full block.
  for (let end = weeks; end - BLOCK_WEEKS >= 0; end -= BLOCK_WEEKS) {
    const sums = [0, 0, 0, 0];
    for (let i = end - BLOCK_WEEKS; i < end; i++) {
      sums[0] = (sums[0] ?? 0) + (target.values[i] ?? 0);
      sums[1] = (sums[1] ?? 0) + (target.bases[i] ?? 0);
      sums[2] = (sums[2] ?? 0) + (control.values[i] ?? 0);
      sums[3] = (sums[3] ?? 0) + (control.bases[i] ?? 0);
    }
    const [tv = 0, tb = 0, cv = 0, cb = 0] = sums;
    if (tb <= 0 || cb <= 0) continue;
    const centerWeek = end - BLOCK_WEEKS / 2;
    blocks.push({ centerWeek, logTarget: Math.log((tv + 0.5) / tb), logControl: Math.log((cv + 0.5) / cb) });
  }
  return blocks.reverse();
}

function computeSlope(xs: readonly number[], ys: readonly number[]): { slope: number; t: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += ((xs[i] ?? 0) - mx) ** 2;
    sxy += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
  }
  const slope = sxy / sxx;
  let residuals = 0;
  for (let i = 0; i < n; i++) residuals += ((ys[i] ?? 0) - my - slope * ((xs[i] ?? 0) - mx)) ** 2;
  const standardError = Math.sqrt(residuals / (n - 2) / sxx);
  return { slope, t: standardError > 0 ? slope / standardError : 0 };
}

function computeCorrelation(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

export interface ControlCheckInput {
  kpiKey: string;
  targetPre: AlignedSeries;
  controlPre: AlignedSeries;
  /** Weeks from the end of the pre-period to the middle of the effect weeks (how far a trend is carried). */
  weeksToEffectCenter: number;
  /** Drift (log scale) that matters: half the meaningful lift. */
  relevantDriftLog: number;
}

/** Warnings about the controls from the pre-period alone (none when there are too few blocks to judge). */
export function checkControls(input: ControlCheckInput): ImpactWarning[] {
  const blocks = toBlocks(input.targetPre, input.controlPre);
  if (blocks.length < MIN_BLOCKS) return [];
  const warnings: ImpactWarning[] = [];
  const weeks = blocks.map((block) => block.centerWeek);
  const ratio = blocks.map((block) => block.logTarget - block.logControl);
  const trend = computeSlope(weeks, ratio);
  const preCenter = weeks.reduce((s, w) => s + w, 0) / weeks.length;
  const distance = input.targetPre.values.length - preCenter + input.weeksToEffectCenter;
  const drift = Math.exp(trend.slope * distance) - 1;
  if (Math.abs(trend.t) >= TREND_T && Math.abs(Math.log1p(drift)) >= input.relevantDriftLog) {
    warnings.push({
      code: 'pre_trend_diverges',
      kpiKey: input.kpiKey,
      figures: { drift, weeklyDrift: Math.expm1(trend.slope), t: trend.t },
    });
  }
  const correlation = computeCorrelation(
    blocks.map((block) => block.logTarget),
    blocks.map((block) => block.logControl),
  );
  if (correlation < LOW_CORRELATION) {
    warnings.push({
      code: 'low_correlation',
      kpiKey: input.kpiKey,
      figures: { correlation, blocks: blocks.length },
    });
  }
  return warnings;
}
