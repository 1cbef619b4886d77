import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlertSummary } from '../../../../src/contract/alerts.ts';
import { isAlertWithin, listAncestors, listChildSteps, type ScopeStep } from './scope-drill.ts';

export function scopeHref(scopeKey: string): string {
  return scopeKey === '' ? '/alerts' : `/alerts?scope=${encodeURIComponent(scopeKey)}`;
}

/** Breadcrumb from the whole company down to a scope; each step lists the alerts within it. */
export function ScopeTrail({ steps, current }: { steps: ScopeStep[]; current?: string }) {
  const { t } = useTranslation('alerts');
  return (
    <nav aria-label={t('drill')} className="scope-trail">
      <ol>
        {steps.map((step) => (
          <li key={step.scopeKey}>
            {step.scopeKey === current ? (
              <span aria-current="page">{step.names.at(-1) ?? t('allScopes')}</span>
            ) : (
              <Link to={scopeHref(step.scopeKey)}>{step.names.at(-1) ?? t('allScopes')}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The trail to the filtered scope and chips one level down, so a manager can drill into the alerts. */
export function ScopeDrill({ alerts, scopeKey }: { alerts: AlertSummary[]; scopeKey: string }) {
  const { t } = useTranslation('alerts');
  const depth = scopeKey === '' ? 0 : scopeKey.split(';').length;
  const anchor = alerts.find((alert) => isAlertWithin(alert, scopeKey));
  const steps = anchor ? listAncestors(anchor).slice(0, depth + 1) : [{ scopeKey: '', names: [] }];
  const children = listChildSteps(alerts, scopeKey);
  return (
    <div className="scope-drill">
      <ScopeTrail steps={steps} current={scopeKey} />
      {children.length > 0 ? (
        <div className="chips">
          <span className="faint">{t('drillInto')}</span>
          {children.map((child) => (
            <Link key={child.scopeKey} className="chip" to={scopeHref(child.scopeKey)}>
              {child.names.at(-1)} ({child.count})
            </Link>
          ))}
        </div>
      ) : null}
    </div>
  );
}
