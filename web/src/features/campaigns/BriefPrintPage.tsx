import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '../../ui/States.tsx';
import { useLocale } from './use-locale.ts';
import './campaigns.css';

const plain = (text: string) => text.replace(/\*\*/g, '').replace(/(^|\s)_([^_]+)_/g, '$1$2');

/** The brief's Markdown (the same text as the export) laid out for paper: headings, lists, tables, paragraphs. */
function renderMarkdown(markdown: string): ReactNode[] {
  return markdown.split('\n').map((line, index) => {
    const key = `${index}`;
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading?.[1] === '#') return <h1 key={key}>{plain(heading[2] ?? '')}</h1>;
    if (heading?.[1] === '##') return <h2 key={key}>{plain(heading[2] ?? '')}</h2>;
    if (heading) return <h3 key={key}>{plain(heading[2] ?? '')}</h3>;
    if (/^\|\s*-/.test(line)) return null;
    if (line.startsWith('|'))
      return (
        <div key={key} className="print-row">
          {line
            .split(/(?<!\\)\|/)
            .slice(1, -1)
            .map((cell) => plain(cell.trim()))
            .join('  ·  ')}
        </div>
      );
    if (/^(\s*)(- |\d+\. )/.test(line))
      return <li key={key}>{plain(line.replace(/^\s*(- |\d+\. )/, ''))}</li>;
    if (line.trim() === '') return null;
    return <p key={key}>{plain(line.replace(/^> /, ''))}</p>;
  });
}

export function BriefPrintPage() {
  const { t } = useTranslation('campaigns');
  const id = Number(useParams().id);
  const locale = useLocale();
  const query = useQuery({
    queryKey: ['campaigns', id, 'markdown', locale],
    queryFn: async () => {
      const response = await fetch(`/api/campaigns/${id}/brief.md?locale=${locale}`, {
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(`${response.status}`);
      return response.text();
    },
  });
  return (
    <div className="print-page">
      <p className="no-print">
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('print')}
        </button>
      </p>
      <QueryState query={query}>{(markdown) => <article>{renderMarkdown(markdown)}</article>}</QueryState>
    </div>
  );
}
