/**
 * The indicator catalogue as data (DESIGN §4): which weekly series the engine watches, the statistical family
 * each needs, the direction that is bad, and the AIDA stage it evidences (DESIGN §3).
 */
import { type AidaStage, type BarrierKey, getBarrier, isBarrierKey } from '../aida.ts';

/**
 * `count`: events per week (Poisson, or negative binomial when history shows overdispersion).
 * `binomial`: successes out of trials per week. `log_gaussian`: positive values, Gaussian on the log scale.
 */
export const INDICATOR_FAMILIES = ['count', 'binomial', 'log_gaussian'] as const;
export type IndicatorFamily = (typeof INDICATOR_FAMILIES)[number];

/** `down`: a decline is bad (leads, win rate); `up`: a rise is bad (stalls, cycle time, a barrier's share). */
export type BadDirection = 'down' | 'up';

export interface IndicatorDefinition {
  key: string;
  family: IndicatorFamily;
  badDirection: BadDirection;
  /** null: the indicator sits outside the funnel (a product or service barrier). */
  aidaStage: AidaStage | null;
  /** Leading indicators move before bookings do; the scan watches them by default. */
  isLeading: boolean;
}

/** Indicators with a fixed key. Stage conversions, barrier shares and metrics get keys from the data. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  { key: 'new_leads', family: 'count', badDirection: 'down', aidaStage: 'attention', isLeading: true },
  { key: 'new_opportunities', family: 'count', badDirection: 'down', aidaStage: 'interest', isLeading: true },
  // Money is too noisy to warn early (DESIGN §4): computed for the charts, not watched by default.
  {
    key: 'new_opportunity_value',
    family: 'log_gaussian',
    badDirection: 'down',
    aidaStage: 'interest',
    isLeading: false,
  },
  { key: 'win_rate', family: 'binomial', badDirection: 'down', aidaStage: 'desire', isLeading: true },
  {
    key: 'avg_deal_size',
    family: 'log_gaussian',
    badDirection: 'down',
    aidaStage: 'desire',
    isLeading: false,
  },
  { key: 'cycle_time', family: 'log_gaussian', badDirection: 'up', aidaStage: 'action', isLeading: false },
  { key: 'late_stage_stalls', family: 'count', badDirection: 'up', aidaStage: 'action', isLeading: true },
  { key: 'renewal_rate', family: 'binomial', badDirection: 'down', aidaStage: 'action', isLeading: false },
];

export const STAGE_CONVERSION_PREFIX = 'stage_conversion:';
export const LOST_BARRIER_PREFIX = 'lost_barrier_share:';
export const METRIC_PREFIX = 'metric:';

/** Marketing metrics we know by name; other metric keys get a family inferred from their values. */
const KNOWN_METRICS: Record<string, { family: IndicatorFamily; isLeading?: boolean }> = {
  web_visits: { family: 'count' },
  // Reach is marketing's own input: it falls when a campaign ends, which warns of nothing.
  campaign_reach: { family: 'count', isLeading: false },
  inbound_requests: { family: 'count' },
  aided_awareness: { family: 'log_gaussian' },
  unaided_awareness: { family: 'log_gaussian' },
};

const FIXED_BY_KEY = new Map(INDICATORS.map((indicator) => [indicator.key, indicator]));

export function stageConversionKey(stage: string): string {
  return `${STAGE_CONVERSION_PREFIX}${stage}`;
}

export function lostBarrierKey(barrier: BarrierKey): string {
  return `${LOST_BARRIER_PREFIX}${barrier}`;
}

export function metricIndicatorKey(metricKey: string): string {
  return `${METRIC_PREFIX}${metricKey}`;
}

/** The family of a metric: from the list above, else counts when every value is a whole number ≥ 0. */
export function inferMetricFamily(metricKey: string, values: readonly number[]): IndicatorFamily {
  const known = KNOWN_METRICS[metricKey];
  if (known) return known.family;
  return values.every((value) => Number.isInteger(value) && value >= 0) ? 'count' : 'log_gaussian';
}

/**
 * The definition behind an indicator key, including the keyed families. Metric keys need their family
 * (see `inferMetricFamily`); null when the key is not an indicator.
 */
export function findIndicator(key: string, metricFamily?: IndicatorFamily): IndicatorDefinition | null {
  const fixed = FIXED_BY_KEY.get(key);
  if (fixed) return fixed;
  if (key.startsWith(STAGE_CONVERSION_PREFIX)) {
    // Deals are opportunities already: moving them on is Desire evidence (DESIGN §3).
    return { key, family: 'binomial', badDirection: 'down', aidaStage: 'desire', isLeading: true };
  }
  if (key.startsWith(LOST_BARRIER_PREFIX)) {
    const barrier = key.slice(LOST_BARRIER_PREFIX.length);
    if (!isBarrierKey(barrier)) return null;
    // Lost reasons explain a shift more than they announce it, so they are not watched by default.
    return {
      key,
      family: 'binomial',
      badDirection: 'up',
      aidaStage: getBarrier(barrier).aidaStage,
      isLeading: false,
    };
  }
  if (key.startsWith(METRIC_PREFIX)) {
    const metricKey = key.slice(METRIC_PREFIX.length);
    const family = metricFamily ?? KNOWN_METRICS[metricKey]?.family ?? 'count';
    const isLeading = KNOWN_METRICS[metricKey]?.isLeading ?? true;
    return { key, family, badDirection: 'down', aidaStage: 'attention', isLeading };
  }
  return null;
}
