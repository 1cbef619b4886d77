import { useQuery } from '@tanstack/react-query';
import { Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BookingsOverview } from '../../../../src/contract/cockpit.ts';
import { api } from '../../api/client.ts';
import { Card, Stat } from '../../ui/Card.tsx';
import { formatMoney, formatPercent } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { ProductTable, QuarterChart } from './BookingsCharts.tsx';

function daysLeft(asOf: string, end: string): number {
  return Math.max(0, Math.round((Date.parse(end) - Date.parse(asOf)) / 86_400_000));
}

function Headline({ data }: { data: BookingsOverview }) {
  const { t } = useTranslation('cockpit');
  const { current } = data;
  const share = current.targetCents ? current.bookedCents / current.targetCents : null;
  return (
    <div className="grid grid-3">
      <Card>
        <Stat
          label={t('booked', { period: current.period })}
          value={formatMoney(current.bookedCents, data.currency)}
          note={t('daysLeft', { count: daysLeft(data.asOf, current.end) })}
        />
      </Card>
      <Card>
        <Stat
          label={t('target', { period: current.period })}
          value={current.targetCents === null ? '–' : formatMoney(current.targetCents, data.currency)}
          note={current.targetCents === null ? t('noTarget') : undefined}
        />
      </Card>
      <Card>
        <Stat label={t('attainment')} value={share === null ? '–' : formatPercent(share)} />
      </Card>
    </div>
  );
}

export function CockpitPage() {
  const { t } = useTranslation('cockpit');
  const query = useQuery({
    queryKey: ['cockpit', 'bookings'],
    queryFn: () => api.get<BookingsOverview>('/api/cockpit/bookings?quarters=6'),
  });
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <QueryState query={query} height={420}>
        {(data) =>
          data.periods.every((p) => p.bookedCents === 0) ? (
            <Card>
              <EmptyState
                title={t('emptyTitle')}
                action={
                  <Link className="btn btn-primary" to="/data">
                    <Upload size={16} /> {t('emptyAction')}
                  </Link>
                }
              >
                {t('emptyText')}
              </EmptyState>
            </Card>
          ) : (
            <>
              <Headline data={data} />
              <div className="grid grid-2">
                <QuarterChart data={data} />
                <ProductTable data={data} />
              </div>
            </>
          )
        }
      </QueryState>
    </>
  );
}
