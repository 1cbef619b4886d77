import { useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ImportHistory as History } from '../../../../src/contract/imports.ts';
import { api } from '../../api/client.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { usePageLocale } from './page-locale.ts';

const BADGE: Record<string, string> = { done: 'badge-ok', dry_run: 'badge-low', failed: 'badge-high' };

/** Who imported what, when, with which result; each rejected import links its error report. */
export function ImportHistory() {
  const { t } = useTranslation('data');
  const locale = usePageLocale();
  const query = useQuery({ queryKey: ['imports'], queryFn: () => api.get<History>('/api/imports') });
  return (
    <Card title={t('history')}>
      <QueryState query={query} height={120}>
        {(data) =>
          data.imports.length === 0 ? (
            <EmptyState title={t('historyEmptyTitle')}>{t('historyEmpty')}</EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th>{t('when')}</th>
                    <th>{t('file')}</th>
                    <th>{t('kind')}</th>
                    <th>{t('status')}</th>
                    <th className="right">{t('rows')}</th>
                    <th className="right">{t('inserted')}</th>
                    <th className="right">{t('updated')}</th>
                    <th className="right">{t('rejected')}</th>
                    <th>{t('who')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.imports.map((entry) => (
                    <tr key={entry.id}>
                      <td className="num">{formatDateTime(entry.startedAt)}</td>
                      <td>{entry.fileName}</td>
                      <td>{t(`kinds.${entry.kind}`)}</td>
                      <td>
                        <span className={`badge ${BADGE[entry.status] ?? 'badge-low'}`}>
                          {t(`statuses.${entry.status}`)}
                        </span>
                      </td>
                      <td className="right num">{formatNumber(entry.rows)}</td>
                      <td className="right num">{formatNumber(entry.inserted)}</td>
                      <td className="right num">{formatNumber(entry.updated)}</td>
                      <td className="right num">
                        {entry.rejected > 0 ? (
                          <a href={`/api/imports/${entry.id}/errors.csv?locale=${locale}`} download>
                            {formatNumber(entry.rejected)} <Download size={12} />
                          </a>
                        ) : (
                          0
                        )}
                      </td>
                      <td>{entry.startedBy ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </Card>
  );
}
