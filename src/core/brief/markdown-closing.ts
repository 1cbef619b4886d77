/** The closing sections of the Markdown brief: tone, call to action, KPI table, timeline, budget and owner. */
import { getIndicatorLabel } from '../labels.ts';
import { formatCents, formatDate } from '../locale-format.ts';
import { describeSource } from './describe-source.ts';
import {
  type MarkdownContext as Ctx,
  escapeCell,
  formatKpiValue,
  formatSource,
  heading,
  formatItem as s,
} from './markdown-text.ts';
import type { BriefContent } from './types.ts';

function renderKpis({ brief, locale, withSources }: Ctx): string[] {
  const head = [heading('kpi', locale), heading('baseline', locale), heading('goal', locale)];
  if (withSources) head.push(heading('source', locale));
  const rows = brief.kpis.map((kpi) => {
    const cells = [
      getIndicatorLabel(kpi.key, locale),
      formatKpiValue(kpi.baseline.value, kpi.unit, locale),
      formatKpiValue(kpi.goal.value, kpi.unit, locale),
    ];
    if (withSources) cells.push(describeSource(kpi.goal.source, locale));
    return `| ${cells.map(escapeCell).join(' | ')} |`;
  });
  return [
    `## ${heading('kpis', locale)}`,
    '',
    `| ${head.join(' | ')} |`,
    `| --- | ${head
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
    ...rows,
  ];
}

/** Tone, call to action, KPIs, timeline, budget and owner. */
export function renderClosing(ctx: Ctx): string[] {
  const { brief, locale } = ctx;
  const date = (item: { value: string; source: BriefContent['tone']['source'] }) =>
    `${formatDate(item.value, locale)}${formatSource(item.source, locale, ctx.withSources)}`;
  const budget = brief.budgetCents;
  return [
    `## ${heading('tone', locale)}`,
    '',
    s(ctx, brief.tone),
    '',
    `## ${heading('callToAction', locale)}`,
    '',
    s(ctx, brief.callToAction),
    '',
    ...renderKpis(ctx),
    '',
    `## ${heading('timeline', locale)}`,
    '',
    `- ${heading('start', locale)}: ${date(brief.timeline.startOn)}`,
    `- ${heading('end', locale)}: ${date(brief.timeline.endOn)}`,
    `- ${heading('evaluateOn', locale)}: ${date(brief.timeline.evaluateOn)}`,
    '',
    `## ${heading('budgetOwner', locale)}`,
    '',
    `- ${heading('budget', locale)}: ${s(ctx, { value: budget.value === null ? null : formatCents(budget.value, locale), source: budget.source })}`,
    `- ${heading('owner', locale)}: ${s(ctx, brief.owner)}`,
  ];
}
