import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlertDetail } from '../../../../src/contract/alerts.ts';
import { isBarrierKey } from '../../../../src/core/aida.ts';
import { formatPercent } from '../../ui/format.ts';
import { formatChange, indicatorLabel } from './describe-alert.ts';
import { scopeHref } from './ScopeDrill.tsx';

/** A driver as the alert and the request's frozen evidence both carry it. */
export type Driver = AlertDetail['drivers'][number];

function text(detail: Driver['detail'], field: string): string | null {
  const value = detail?.[field];
  return typeof value === 'string' ? value : null;
}

/** One driver in words: the barrier or indicator by its label (never its key), with its change or share. */
export function DriverLine({ driver }: { driver: Driver }) {
  const { t, i18n } = useTranslation('alerts');
  const barrier = text(driver.detail, 'barrier');
  const indicator = text(driver.detail, 'indicator');
  const scopeKey = text(driver.detail, 'scopeKey');
  const changePct = driver.detail?.changePct;
  if (driver.kind === 'reason_shift' && barrier && isBarrierKey(barrier))
    return (
      <>
        <strong>{t(`common:barrier.${barrier}`)}</strong>{' '}
        <span className="num">+{formatPercent(driver.contribution)}</span>
      </>
    );
  if (driver.kind === 'indicator' && indicator)
    return (
      <>
        <strong>{indicatorLabel(indicator, i18n.language)}</strong>{' '}
        {typeof changePct === 'number' ? <span className="num">{formatChange(changePct)}</span> : null}
      </>
    );
  if (driver.kind === 'child_scope' && scopeKey !== null)
    return (
      <>
        <Link to={scopeHref(scopeKey)}>{driver.label}</Link>{' '}
        <span className="num">{t('shareOfGap', { value: formatPercent(driver.contribution) })}</span>
      </>
    );
  return (
    <>
      <strong>{indicatorLabel(driver.label, i18n.language)}</strong>{' '}
      <span className="num">{formatPercent(driver.contribution)}</span>
    </>
  );
}
