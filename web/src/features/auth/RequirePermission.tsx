import { ShieldOff } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action, Resource } from '../../../../src/core/permissions.ts';
import { Card } from '../../ui/Card.tsx';
import { EmptyState } from '../../ui/States.tsx';
import { useCan } from './session.tsx';

/** A page only some roles may open: others get a clear "no access" instead of a failing request. */
export function RequirePermission({
  resource,
  action = 'read',
  children,
}: {
  resource: Resource;
  action?: Action;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (useCan(resource, action)) return <>{children}</>;
  return (
    <Card>
      <EmptyState
        icon={<ShieldOff size={22} />}
        title={t('state.forbiddenTitle')}
        action={
          <Link className="btn btn-primary" to="/">
            {t('state.backToCockpit')}
          </Link>
        }
      >
        {t('state.forbiddenText')}
      </EmptyState>
    </Card>
  );
}
