import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STAGE_LABELS } from '../../../../src/core/labels.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDate } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { useCampaigns } from './api.ts';
import { useLocale } from './use-locale.ts';

export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const query = useCampaigns();
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <Card>
        <QueryState query={query}>
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState
                title={t('emptyTitle')}
                action={
                  <Link className="btn btn-primary" to="/requests">
                    {t('toRequests')}
                  </Link>
                }
              >
                {t('empty')}
              </EmptyState>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <tbody>
                    {items.map((item) => (
                      <tr key={item.id}>
                        <td>
                          <Link to={`/campaigns/${item.id}`}>{item.name}</Link>
                          <div className="muted">{item.scopeLabel || t('scopeAll')}</div>
                        </td>
                        <td>{item.objectiveStage ? STAGE_LABELS[item.objectiveStage][locale] : '–'}</td>
                        <td>
                          <span className="chip">{t(`status.${item.status}`)}</span>
                        </td>
                        <td>
                          {item.startOn ? formatDate(item.startOn) : ''}
                          {item.endOn ? ` – ${formatDate(item.endOn)}` : ''}
                        </td>
                        <td>{item.verdict ? t(`verdict.${item.verdict}`) : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}
