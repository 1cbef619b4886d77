/**
 * Learnings: every evaluated campaign is kept with its barrier, stage, channels, effect and verdict, so a new
 * diagnosis can show what worked before for the same barrier and stage (issue 7, item 5).
 */
import type { AidaStage, BarrierKey } from '../aida.ts';
import { BARRIER_LABELS, getIndicatorLabel, STAGE_LABELS } from '../labels.ts';
import { formatPercent } from '../locale-format.ts';
import type { ImpactVerdict, Locale } from '../types.ts';
import type { ImpactEvaluation, LearningRecord } from './types.ts';

export interface LearningCampaign {
  barriers: readonly BarrierKey[];
  objectiveStage: AidaStage;
  channels: readonly string[];
}

export interface BuildLearningInput {
  campaign: LearningCampaign;
  evaluation: ImpactEvaluation;
  locale: Locale;
}

const VERDICT_TEXT: Record<ImpactVerdict, Record<Locale, string>> = {
  worked: { de: 'hat gewirkt', en: 'worked' },
  no_effect: { de: 'ohne Wirkung', en: 'no effect' },
  inconclusive: { de: 'nicht eindeutig', en: 'inconclusive' },
};

function summarise(input: BuildLearningInput, barrier: BarrierKey): string {
  const { campaign, evaluation, locale } = input;
  const kpi = evaluation.kpis.find((k) => k.key === evaluation.primaryKpi);
  const comparison = kpi?.controls ?? kpi?.baseline ?? null;
  const stage = STAGE_LABELS[campaign.objectiveStage][locale];
  const channels = campaign.channels.join(', ');
  const verdict = VERDICT_TEXT[evaluation.verdict][locale];
  const head =
    locale === 'de'
      ? `Kampagne (Stufe ${stage}) gegen „${BARRIER_LABELS[barrier].de}“ (${channels})`
      : `${stage} campaign against "${BARRIER_LABELS[barrier].en}" (${channels})`;
  if (!comparison) return `${head}: ${verdict}.`;
  const signed = (value: number) => formatPercent(value, locale, { signed: true });
  const range = `${signed(comparison.interval.low)} … ${signed(comparison.interval.high)}`;
  return `${head}: ${getIndicatorLabel(evaluation.primaryKpi, locale)} ${signed(comparison.effect)} (${range}) – ${verdict}.`;
}

const toPct = (fraction: number) => Math.round(fraction * 1000) / 10;

/** One learning record per barrier the campaign addressed, all with the primary KPI's effect. */
export function buildLearningRecords(input: BuildLearningInput): LearningRecord[] {
  const { campaign, evaluation } = input;
  const kpi = evaluation.kpis.find((k) => k.key === evaluation.primaryKpi);
  const comparison = kpi?.controls ?? kpi?.baseline ?? null;
  return campaign.barriers.map((barrier) => ({
    barrier,
    aidaStage: campaign.objectiveStage,
    channels: [...campaign.channels],
    kpiKey: evaluation.primaryKpi,
    effectPct: comparison ? toPct(comparison.effect) : null,
    interval: comparison
      ? { low: toPct(comparison.interval.low), high: toPct(comparison.interval.high) }
      : null,
    verdict: evaluation.verdict,
    summary: summarise(input, barrier),
  }));
}

const VERDICT_ORDER: Record<ImpactVerdict, number> = { worked: 0, inconclusive: 1, no_effect: 2 };

export interface ListLearningsInput {
  records: readonly LearningRecord[];
  barrier: BarrierKey;
  /** When given, records of the same stage come first; others follow. */
  aidaStage?: AidaStage;
}

/** What was tried before against this barrier: same stage first, then `worked` first, larger effects first. */
export function listLearnings({ records, barrier, aidaStage }: ListLearningsInput): LearningRecord[] {
  const rank = (record: LearningRecord) => [
    aidaStage !== undefined && record.aidaStage !== aidaStage ? 1 : 0,
    VERDICT_ORDER[record.verdict],
    // Unknown effects sort after every known one.
    record.effectPct === null ? Number.MAX_SAFE_INTEGER : -record.effectPct,
  ];
  return records
    .filter((record) => record.barrier === barrier)
    .map((record) => ({ record, key: rank(record) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ record }) => record);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
