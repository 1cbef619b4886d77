/** AIDA stages in funnel order (DESIGN §3). */
export const AIDA_STAGES = ['attention', 'interest', 'desire', 'action'] as const;
export type AidaStage = (typeof AIDA_STAGES)[number];

export interface BarrierDefinition {
  key: BarrierKey;
  /** null: the barrier sits outside the funnel (product or service), a campaign cannot move it. */
  aidaStage: AidaStage | null;
  campaignCanHelp: 'yes' | 'partly' | 'no';
  /** Where to send the problem when a campaign is not the (only) answer. */
  routeTo: 'pricing' | 'product' | 'service' | null;
}

export const BARRIER_KEYS = [
  'awareness_low',
  'benefits_unknown',
  'no_need_seen',
  'price_perceived_high',
  'competitor_preferred',
  'trust_risk',
  'purchase_friction',
  'budget_timing',
  'product_gap',
  'service_issue',
] as const;
export type BarrierKey = (typeof BARRIER_KEYS)[number];

/** The barrier catalogue as data; labels live in the i18n files under `barrier.<key>`. */
export const BARRIERS: readonly BarrierDefinition[] = [
  { key: 'awareness_low', aidaStage: 'attention', campaignCanHelp: 'yes', routeTo: null },
  { key: 'benefits_unknown', aidaStage: 'interest', campaignCanHelp: 'yes', routeTo: null },
  { key: 'no_need_seen', aidaStage: 'interest', campaignCanHelp: 'yes', routeTo: null },
  { key: 'price_perceived_high', aidaStage: 'desire', campaignCanHelp: 'yes', routeTo: 'pricing' },
  { key: 'competitor_preferred', aidaStage: 'desire', campaignCanHelp: 'yes', routeTo: null },
  { key: 'trust_risk', aidaStage: 'desire', campaignCanHelp: 'yes', routeTo: null },
  { key: 'purchase_friction', aidaStage: 'action', campaignCanHelp: 'partly', routeTo: null },
  { key: 'budget_timing', aidaStage: 'action', campaignCanHelp: 'partly', routeTo: null },
  { key: 'product_gap', aidaStage: null, campaignCanHelp: 'no', routeTo: 'product' },
  { key: 'service_issue', aidaStage: null, campaignCanHelp: 'no', routeTo: 'service' },
];

const BARRIER_BY_KEY = new Map(BARRIERS.map((barrier) => [barrier.key, barrier]));

export function getBarrier(key: BarrierKey): BarrierDefinition {
  const barrier = BARRIER_BY_KEY.get(key);
  if (!barrier) throw new Error(`Unknown barrier ${key}`);
  return barrier;
}

export function isBarrierKey(value: string): value is BarrierKey {
  return BARRIER_BY_KEY.has(value as BarrierKey);
}
