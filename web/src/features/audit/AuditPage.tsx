import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditPage as AuditPageData } from '../../../../src/contract/audit.ts';
import { api, toQuery } from '../../api/client.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../ui/States.tsx';
import { AuditFilters, type AuditFilterValues, NO_FILTERS } from './AuditFilters.tsx';

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '–';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** "role: viewer → marketing" per changed field; a creation lists its values. */
function ChangeSummary({ summary }: { summary: AuditEntry['summary'] }) {
  const before = (summary.before ?? {}) as Record<string, unknown>;
  const after = (summary.after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (fields.length === 0) return <span className="faint">–</span>;
  return (
    <span>
      {fields.map((field) => (
        <div key={field}>
          <span className="faint">{field}:</span> {field in before ? `${formatValue(before[field])} → ` : ''}
          {field in after ? formatValue(after[field]) : ''}
        </div>
      ))}
    </span>
  );
}

function EntryRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  const who = entry.actor.tokenName
    ? t('token', { name: entry.actor.tokenName })
    : (entry.actor.userName ?? t('console'));
  return (
    <tr>
      <td className="num">{formatDateTime(entry.at)}</td>
      <td>
        {who}
        {entry.actor.userEmail ? <div className="faint">{entry.actor.userEmail}</div> : null}
      </td>
      <td>
        {t(`actions.${entry.action}`, { defaultValue: entry.action })}
        <div className="faint">
          {t(`entities.${entry.entity}`, { defaultValue: entry.entity })}
          {entry.entityId ? ` #${entry.entityId}` : ''}
        </div>
      </td>
      <td style={{ fontSize: 12.5 }}>
        <ChangeSummary summary={entry.summary} />
      </td>
    </tr>
  );
}

export function AuditPage() {
  const { t } = useTranslation('audit');
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const query = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => {
      // An empty filter field means "any": leave it out of the query.
      const given = Object.fromEntries(
        Object.entries(filters).map(([key, value]) => [key, value || undefined]),
      );
      return api.get<AuditPageData>(`/api/audit${toQuery({ ...given, beforeId: pageParam })}`);
    },
    getNextPageParam: (page) => page.nextBeforeId ?? undefined,
  });
  const entries = query.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <Card>
        <AuditFilters value={filters} onChange={setFilters} />
      </Card>
      <Card>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState title={t('empty')}>{t('emptyText')}</EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table table-stack">
              <thead>
                <tr>
                  <th>{t('at')}</th>
                  <th>{t('who')}</th>
                  <th>{t('what')}</th>
                  <th>{t('change')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <EntryRow key={entry.id} entry={entry} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {query.hasNextPage ? (
          <div className="form-actions" style={{ marginTop: 12 }}>
            <button type="button" className="btn" onClick={() => void query.fetchNextPage()}>
              {t('older')}
            </button>
          </div>
        ) : null}
      </Card>
    </>
  );
}
