/** Shared inputs for the brief tests: the demo's story (a) alert as the engine and the diagnosis would hand it over. */
import type { BarrierKey } from '../aida.ts';
import type { PrefillBriefInput } from './prefill-brief.ts';
import type { DiagnosisSummary } from './types.ts';

export const PRICE_DIAGNOSIS: DiagnosisSummary = {
  verdict: 'campaign_and_pricing',
  aidaStage: 'desire',
  confidence: 0.8,
  barriers: [
    {
      key: 'price_perceived_high',
      share: 0.61,
      interval: { low: 0.5, high: 0.71 },
      evidence: [
        {
          kind: 'lost_reason',
          text: 'Lumetra bietet vergleichbares System für rund 30 % weniger | Angebot',
          ref: 'D-1042',
        },
      ],
    },
    {
      key: 'competitor_preferred',
      share: 0.24,
      evidence: [{ kind: 'quote', text: 'Lost on price to Lumetra' }],
    },
    { key: 'product_gap', share: 0.08, evidence: [] },
  ],
};

export const STORY_A_INPUT: PrefillBriefInput = {
  locale: 'de',
  asOf: '2026-10-01',
  diagnosis: PRICE_DIAGNOSIS,
  scope: { product: 'OptiScan', segment: 'Automotive' },
  forecast: {
    period: '2026-Q4',
    periodEnd: '2026-12-31',
    targetCents: 250_000_000,
    p50Cents: 180_000_000,
    shortfallCents: 70_000_000,
    pMiss: 0.78,
  },
  funnel: {
    winRate: 0.28,
    averageDealCents: 3_600_000,
    cycleDays: 64,
    opportunitiesPerWeek: 12,
    leadToOpportunityRate: 0.25,
  },
  indicators: [
    { key: 'new_opportunities', unit: 'per_week', baseline: 14.2, current: 8.9 },
    { key: 'win_rate', unit: 'rate', baseline: 0.32, current: 0.24 },
    { key: 'cycle_time', unit: 'days', baseline: 64 },
  ],
};

/** A diagnosis whose main barrier is `key`, with the verdict the catalogue implies. */
export function diagnosisFor(key: BarrierKey, verdict: DiagnosisSummary['verdict']): DiagnosisSummary {
  return {
    verdict,
    aidaStage: null,
    barriers: [
      { key, share: 0.55, evidence: [{ kind: 'quote', text: `Beleg für ${key}` }] },
      { key: key === 'trust_risk' ? 'awareness_low' : 'trust_risk', share: 0.05, evidence: [] },
    ],
  };
}
