/**
 * The brief as Markdown, German or English (issue 7 item 2): a clean, printable structure that follows the
 * brief page — fit, objective with the gap arithmetic, target group, barriers with evidence, message house,
 * AIDA plan, tone, call to action, KPIs, timeline, budget and owner. Sources follow each suggestion in italics.
 */
import { BARRIER_LABELS, STAGE_LABELS } from '../labels.ts';
import { formatDate, formatPercent } from '../locale-format.ts';
import type { Locale } from '../types.ts';
import { describeGapGoal } from './describe-gap-goal.ts';
import { ROUTE_LABELS } from './fit.ts';
import { renderClosing } from './markdown-closing.ts';
import {
  type MarkdownContext as Ctx,
  escapeCell,
  formatSource,
  heading,
  renderList,
  formatItem as s,
} from './markdown-text.ts';
import type { BriefContent } from './types.ts';

export interface RenderMarkdownOptions {
  /** Print where each suggestion came from (default true). */
  withSources?: boolean;
}

function renderHeader({ brief, locale, withSources }: Ctx): string[] {
  const marker = brief.fit.isCampaignAdvised ? '' : '⚠ ';
  return [
    `# ${brief.title.value}`,
    '',
    `${heading('scope', locale)}: ${brief.targetGroup.label.value} · ${heading('preparedOn', locale)}: ${formatDate(brief.preparedOn, locale)}`,
    '',
    `> ${marker}**${brief.fit.statement.value}**${formatSource(brief.fit.statement.source, locale, withSources)}`,
  ];
}

function renderObjective(ctx: Ctx): string[] {
  const { brief, locale } = ctx;
  const stage = brief.objective.stage.value;
  const lines = [
    `## ${heading('objective', locale)}`,
    '',
    `- **${heading('stage', locale)}:** ${stage ? STAGE_LABELS[stage][locale] : heading('noStage', locale)}${formatSource(brief.objective.stage.source, locale, ctx.withSources)}`,
    `- ${s(ctx, brief.objective.statement)}`,
  ];
  if (brief.objective.confidence !== null) {
    lines.push(
      `- **${heading('confidence', locale)}:** ${formatPercent(brief.objective.confidence, locale)}`,
    );
  }
  if (brief.gapGoal) {
    const text = describeGapGoal(brief.gapGoal, locale);
    lines.push('', `### ${heading('gap', locale)}`, '', text.headline);
    if (text.steps.length > 0) lines.push('', ...text.steps.map((step, i) => `${i + 1}. ${step}`));
  }
  return lines;
}

function renderBarriers({ brief, locale }: Ctx): string[] {
  const yesNo = (value: boolean) => heading(value ? 'yes' : 'no', locale);
  const rows = brief.barriers.map((barrier) => {
    const quote = (text: string) => (locale === 'de' ? `„${text}“` : `“${text}”`);
    const evidence = barrier.evidence.map((item) => quote(item.text)).join('; ');
    const stage = barrier.aidaStage ? STAGE_LABELS[barrier.aidaStage][locale] : '–';
    const cells = [
      BARRIER_LABELS[barrier.key][locale],
      formatPercent(barrier.share, locale),
      stage,
      yesNo(barrier.isAddressed),
      evidence,
    ];
    return `| ${cells.map(escapeCell).join(' | ')} |`;
  });
  const lines = [
    `## ${heading('barriers', locale)}`,
    '',
    `| ${heading('barrier', locale)} | ${heading('share', locale)} | AIDA | ${heading('addressed', locale)} | ${heading('evidence', locale)} |`,
    '| --- | ---: | --- | --- | --- |',
    ...rows,
  ];
  if (brief.fit.routes.length > 0) {
    lines.push('', `**${heading('routes', locale)}:**`, '');
    for (const route of brief.fit.routes) {
      lines.push(
        `- ${BARRIER_LABELS[route.barrier][locale]} (${formatPercent(route.share, locale)}) → ${ROUTE_LABELS[route.to][locale]}`,
      );
    }
  }
  return lines;
}

function renderMessageHouse(ctx: Ctx): string[] {
  const { brief, locale } = ctx;
  const house = brief.messageHouse;
  const lines = [
    `## ${heading('messageHouse', locale)}`,
    '',
    `**${heading('umbrella', locale)}:** ${s(ctx, house.umbrella)}`,
  ];
  house.pillars.forEach((pillar, index) => {
    lines.push(
      '',
      `### ${heading('pillar', locale)} ${index + 1}: ${pillar.title.value}`,
      '',
      s(ctx, pillar.message),
      '',
    );
    lines.push(...renderList(ctx, pillar.proofPoints));
  });
  return lines;
}

function renderPlan(ctx: Ctx): string[] {
  const { brief, locale } = ctx;
  const lines = [`## ${heading('plan', locale)}`];
  for (const plan of brief.stages) {
    const mark = plan.isObjective ? ` ★ ${heading('objectiveStage', locale)}` : '';
    lines.push(
      '',
      `### ${STAGE_LABELS[plan.stage][locale]}${mark}`,
      '',
      `**${heading('message', locale)}:**`,
      '',
    );
    lines.push(
      ...plan.messages.map((message) => `- ${s(ctx, message)}`),
      '',
      `**${heading('proof', locale)}:**`,
      '',
    );
    lines.push(...renderList(ctx, plan.proofPoints), '');
    lines.push(
      `**${heading('channels', locale)}:** ${plan.channels.map((channel) => channel.value).join(', ')}`,
    );
  }
  return lines;
}

/** The brief as a Markdown document in German or English. */
export function renderBriefMarkdown(
  brief: BriefContent,
  locale: Locale,
  options: RenderMarkdownOptions = {},
): string {
  const ctx: Ctx = { brief, locale, withSources: options.withSources ?? true };
  const sections = [
    renderHeader(ctx),
    renderObjective(ctx),
    [
      `## ${heading('targetGroup', locale)}`,
      '',
      `**${brief.targetGroup.label.value}** – ${s(ctx, brief.targetGroup.description)}`,
    ],
    renderBarriers(ctx),
    renderMessageHouse(ctx),
    renderPlan(ctx),
    renderClosing(ctx),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
