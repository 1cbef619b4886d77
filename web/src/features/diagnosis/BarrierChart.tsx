/**
 * Ranked barriers as horizontal bars with their 95 % intervals (whiskers), and the same numbers as a table: the
 * chart's text equivalent for screen readers and for people who prefer numbers.
 */
import { useTranslation } from 'react-i18next';
import type { BarrierFindingView } from '../../../../src/contract/diagnoses.ts';
import { formatPercent } from '../../ui/format.ts';

const SHOWN = 6;

export function BarrierChart({ barriers }: { barriers: BarrierFindingView[] }) {
  const { t } = useTranslation('diagnosis');
  const { t: tc } = useTranslation();
  const shown = barriers.filter((finding) => finding.share !== null).slice(0, SHOWN);
  const pct = (value: number) => `${Math.max(0, Math.min(100, value * 100))}%`;
  return (
    <>
      <div className="barrier-chart" aria-hidden="true">
        {shown.map((finding) => (
          <div key={finding.barrier} className={`barrier-bar${finding.rank === 1 ? ' is-top' : ''}`}>
            <span className="barrier-name">{tc(`barrier.${finding.barrier}`)}</span>
            <span className="barrier-track">
              <span className="barrier-fill" style={{ width: pct(finding.share?.estimate ?? 0) }} />
              <span
                className="barrier-whisker"
                style={{
                  left: pct(finding.share?.low ?? 0),
                  width: pct((finding.share?.high ?? 0) - (finding.share?.low ?? 0)),
                }}
              />
            </span>
            <span className="barrier-value num">{formatPercent(finding.share?.estimate ?? 0)}</span>
          </div>
        ))}
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('barriers')}</caption>
          <thead>
            <tr>
              <th>{t('barrier')}</th>
              <th className="right">{t('share')}</th>
              <th className="right">{t('interval')}</th>
              <th className="right">{t('lostNow')}</th>
              <th className="right">{t('lostBefore')}</th>
              <th className="right">{t('namedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((finding) => (
              <tr key={finding.barrier}>
                <td>{tc(`barrier.${finding.barrier}`)}</td>
                <td className="right num">{formatPercent(finding.share?.estimate ?? 0)}</td>
                <td className="right num">
                  {formatPercent(finding.share?.low ?? 0)}–{formatPercent(finding.share?.high ?? 0)}
                </td>
                <td className="right num">
                  {finding.lostReasons.now ? formatPercent(finding.lostReasons.now.share) : '–'}
                </td>
                <td className="right num">
                  {finding.lostReasons.baseline ? formatPercent(finding.lostReasons.baseline.share) : '–'}
                </td>
                <td className="right num">{finding.answers.namedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
