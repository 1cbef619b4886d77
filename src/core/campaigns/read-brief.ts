/**
 * A stored campaign's brief, whichever way it was written: a full brief from the builder (`schemaVersion: 1`),
 * or a campaign recorded by hand before briefs existed (the demo's past campaign: channels, messages, KPIs with
 * `indicator`). The run and the evaluation need the same few things from both: KPI keys and channels.
 */
import type { BriefContent } from '../brief/types.ts';

export interface RecordedBrief {
  channels: string[];
  messages: string[];
  callToAction: string | null;
  kpis: { key: string; baseline: number | null; goal: number | null }[];
}

export function readBriefContent(brief: Record<string, unknown>): BriefContent | null {
  return brief.schemaVersion === 1 ? (brief as unknown as BriefContent) : null;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export function readRecordedBrief(brief: Record<string, unknown>): RecordedBrief | null {
  if (readBriefContent(brief)) return null;
  const kpis = Array.isArray(brief.kpis) ? (brief.kpis as Record<string, unknown>[]) : [];
  return {
    channels: strings(brief.channels),
    messages: strings(brief.messages),
    callToAction: typeof brief.callToAction === 'string' ? brief.callToAction : null,
    kpis: kpis.flatMap((kpi) => {
      const key = kpi.indicator ?? kpi.key;
      return typeof key === 'string'
        ? [{ key, baseline: numberOrNull(kpi.baseline), goal: numberOrNull(kpi.goal) }]
        : [];
    }),
  };
}

/** KPI keys in the brief's order and the channels of the objective stage (all stages' when none is set). */
export function readRunPlan(brief: Record<string, unknown>): { kpiKeys: string[]; channels: string[] } {
  const content = readBriefContent(brief);
  if (content) {
    const objective = content.stages.filter((stage) => stage.isObjective);
    const stages = objective.length > 0 ? objective : content.stages;
    return {
      kpiKeys: content.kpis.map((kpi) => kpi.key),
      channels: [...new Set(stages.flatMap((stage) => stage.channels.map((channel) => channel.value)))],
    };
  }
  const recorded = readRecordedBrief(brief);
  return { kpiKeys: recorded?.kpis.map((kpi) => kpi.key) ?? [], channels: recorded?.channels ?? [] };
}
