import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/Card.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState } from '../../ui/States.tsx';

/** A section whose feature is not built yet: says what will be here. */
export function PlaceholderPage({
  section,
}: {
  section: 'alerts' | 'requests' | 'campaigns' | 'data' | 'settings' | 'inbox';
}) {
  const { t } = useTranslation('placeholder');
  return (
    <>
      <PageHeader title={t(`${section}.title`)} />
      <Card>
        <EmptyState title={t(`${section}.title`)}>{t(`${section}.text`)}</EmptyState>
      </Card>
    </>
  );
}
