import { Download, FlaskConical, Play } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../src/contract/imports.ts';
import { describeImportProblem } from '../../../../src/import/problem-texts.ts';
import { Card, Stat } from '../../ui/Card.tsx';
import { formatNumber } from '../../ui/format.ts';
import type { Progress } from './api.ts';
import { usePageLocale } from './page-locale.ts';

export interface RunOptions {
  asOf: string;
  skipInvalid: boolean;
  markMissing: boolean;
}

/** Options, the dry-run and import buttons, live progress, and the summary with the error report. */
export function RunPanel({
  kind,
  options,
  onOptions,
  onRun,
  progress,
  result,
  canRun,
}: {
  kind: string;
  options: RunOptions;
  onOptions: (options: RunOptions) => void;
  onRun: (dryRun: boolean) => void;
  progress: Progress | null;
  result: ImportResult | null;
  canRun: boolean;
}) {
  const { t } = useTranslation('data');
  const share = progress && progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : 0;
  return (
    <Card title={t('run')}>
      <div className="run-options">
        <div className="field">
          <label htmlFor="import-as-of">{t('asOf')}</label>
          <input
            id="import-as-of"
            type="date"
            className="input"
            value={options.asOf}
            onChange={(event) => onOptions({ ...options, asOf: event.target.value })}
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={options.skipInvalid}
            onChange={(event) => onOptions({ ...options, skipInvalid: event.target.checked })}
          />
          {t('skipInvalid')}
        </label>
        {kind === 'deals' ? (
          <label className="check">
            <input
              type="checkbox"
              checked={options.markMissing}
              onChange={(event) => onOptions({ ...options, markMissing: event.target.checked })}
            />
            {t('markMissing')}
          </label>
        ) : null}
      </div>
      <div className="page-actions" style={{ marginTop: 12 }}>
        <button type="button" className="btn" disabled={!canRun} onClick={() => onRun(true)}>
          <FlaskConical size={16} /> {t('dryRun')}
        </button>
        <button type="button" className="btn btn-primary" disabled={!canRun} onClick={() => onRun(false)}>
          <Play size={16} /> {t('run')}
        </button>
      </div>
      {progress ? (
        <div aria-live="polite" style={{ marginTop: 16 }}>
          <div className="bar">
            <span style={{ width: `${Math.round(share * 100)}%` }} />
          </div>
          <p className="muted">
            {progress.phase === 'merging'
              ? t('merging')
              : t('running', { rows: formatNumber(progress.rows) })}
          </p>
        </div>
      ) : null}
      {result ? <Summary result={result} /> : null}
    </Card>
  );
}

function Summary({ result }: { result: ImportResult }) {
  const { t } = useTranslation('data');
  const locale = usePageLocale();
  const badge = { done: 'badge-ok', dry_run: 'badge-low', failed: 'badge-high' }[result.status];
  return (
    <section aria-label={t(`summary.${result.status}`)} style={{ marginTop: 16 }}>
      <h3>
        <span className={`badge ${badge}`}>{t(`summary.${result.status}`)}</span>
      </h3>
      <div className="grid grid-4" style={{ marginTop: 12 }}>
        <Stat label={t('rows')} value={formatNumber(result.rows)} />
        <Stat label={t('inserted')} value={formatNumber(result.inserted)} />
        <Stat
          label={`${t('updated')} / ${t('unchanged')}`}
          value={`${formatNumber(result.updated)} / ${formatNumber(result.unchanged)}`}
        />
        <Stat label={t('rejected')} value={formatNumber(result.rejected)} />
      </div>
      {result.errors.length > 0 ? (
        <>
          <a
            className="btn btn-small"
            style={{ marginTop: 12 }}
            href={`/api/imports/${result.importId}/errors.csv?locale=${locale}`}
            download
          >
            <Download size={14} /> {t('errorReport')}
          </a>
          <div className="table-wrap" style={{ marginTop: 12 }}>
            <table className="table table-compact">
              <thead>
                <tr>
                  <th>{t('line')}</th>
                  <th>{t('column')}</th>
                  <th>{t('value')}</th>
                  <th>{t('message')}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.slice(0, 50).map((error) => (
                  <tr key={`${error.line}-${error.column}-${error.message}`}>
                    <td className="num">{error.line}</td>
                    <td>{error.column}</td>
                    <td>{error.value}</td>
                    <td>{describeImportProblem(error, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
