import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../../src/contract/campaigns.ts';
import { getIndicatorLabel } from '../../../../src/core/labels.ts';
import { Card } from '../../ui/Card.tsx';
import { useLocale } from './use-locale.ts';

export function RecordedCard({ recorded }: { recorded: NonNullable<CampaignDetail['recorded']> }) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  return (
    <Card title={t('recorded')} lead={t('recordedLead')}>
      <p>
        <strong>{t('channels')}:</strong> {recorded.channels.join(', ')}
      </p>
      <ul>
        {recorded.messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      {recorded.callToAction ? (
        <p>
          <strong>{t('callToAction')}:</strong> {recorded.callToAction}
        </p>
      ) : null}
      <ul>
        {recorded.kpis.map((kpi) => (
          <li key={kpi.key}>
            {getIndicatorLabel(kpi.key, locale)}: {t('baseline')} {kpi.baseline ?? '–'} → {t('goal')}{' '}
            {kpi.goal ?? '–'}
          </li>
        ))}
      </ul>
    </Card>
  );
}
