/** The brief as Markdown or PDF, headings in the reader's language (issue 7 item 2). */
import { renderBriefMarkdown } from '../core/brief/render-markdown.ts';
import { readBriefContent } from '../core/campaigns/read-brief.ts';
import { AppError } from '../core/errors.ts';
import type { Locale } from '../core/types.ts';
import type { Storage } from '../storage/port.ts';
import { requireCampaign } from './campaign-detail.ts';
import { renderBriefPdf } from './render-brief-pdf.ts';

export type BriefFormat = 'markdown' | 'pdf';

function toFileName(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `brief-${slug || 'campaign'}.${extension}`;
}

export async function exportBrief(input: {
  storage: Storage;
  workspaceId: number;
  id: number;
  locale: Locale;
  format: BriefFormat;
}): Promise<{ body: string | Buffer; contentType: string; fileName: string }> {
  const campaign = await requireCampaign(input.storage, input.workspaceId, input.id);
  const brief = readBriefContent(campaign.brief);
  if (!brief) throw new AppError('NOT_FOUND', `Campaign ${input.id} has no brief to export`);
  if (input.format === 'markdown')
    return {
      body: renderBriefMarkdown(brief, input.locale),
      contentType: 'text/markdown; charset=utf-8',
      fileName: toFileName(brief.title.value, 'md'),
    };
  const markdown = renderBriefMarkdown(brief, input.locale, { withSources: false });
  return {
    body: await renderBriefPdf(markdown, { title: brief.title.value }),
    contentType: 'application/pdf',
    fileName: toFileName(brief.title.value, 'pdf'),
  };
}
