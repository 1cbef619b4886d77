import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../ui/Card.tsx';
import { EmptyState } from '../../ui/States.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Card>
      <EmptyState
        title={t('state.notFoundTitle')}
        action={
          <Link className="btn btn-primary" to="/">
            {t('state.backToCockpit')}
          </Link>
        }
      >
        {t('state.notFoundText')}
      </EmptyState>
    </Card>
  );
}
