/**
 * "Texts & codes": how Tandem coded lost reasons and answers, with the words that decided; marketing corrects a
 * code in place, which stores a confirmed label and retrains the workspace's model (issue 6 item 5).
 */
import { Tags } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodedText } from '../../../../src/contract/coding.ts';
import { BARRIER_KEYS } from '../../../../src/core/aida.ts';
import { CODE_KEYS } from '../../../../src/core/coding/naive-bayes.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDate, formatPercent } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { useCan } from '../auth/session.tsx';
import { useCodedTexts, useRelabel } from './use-diagnosis.ts';
import './diagnosis.css';

type Source = CodedText['source'];

function CodeCell({ item }: { item: CodedText }) {
  const { t } = useTranslation('diagnosis');
  const { t: tc } = useTranslation();
  const canRelabel = useCan('diagnoses', 'write');
  const relabel = useRelabel();
  if (!canRelabel) return <>{tc(`barrier.${item.barrier}`)}</>;
  return (
    <label className="field">
      <span className="visually-hidden">{t('texts.relabel')}</span>
      <select
        className="input"
        value={item.barrier}
        disabled={relabel.isPending}
        aria-label={`${t('texts.relabel')}: ${item.text.slice(0, 60)}`}
        onChange={(event) =>
          relabel.mutate({
            source: item.source,
            sourceId: item.sourceId,
            barrier: event.target.value as CodedText['barrier'],
          })
        }
      >
        {CODE_KEYS.map((key) => (
          <option key={key} value={key}>
            {tc(`barrier.${key}`)}
          </option>
        ))}
      </select>
      {item.label ? (
        <span className="hint">{t('texts.confirmed', { by: item.label.by ?? '–' })}</span>
      ) : (
        <span className="hint">{formatPercent(item.confidence)}</span>
      )}
    </label>
  );
}

export function TextsPage() {
  const { t } = useTranslation('diagnosis');
  const { t: tc } = useTranslation();
  const [source, setSource] = useState<Source>('lost_reason');
  const [barrier, setBarrier] = useState<string>('');
  const [search, setSearch] = useState('');
  const query = useCodedTexts({
    source,
    ...(barrier ? { barrier: barrier as CodedText['barrier'] } : {}),
    q: search.trim(),
  });
  return (
    <>
      <PageHeader title={t('texts.title')} lead={t('texts.lead')} />
      <Card className="card-flush">
        <div className="card-toolbar form-row">
          <fieldset className="segmented segmented-light">
            {(['lost_reason', 'answer'] as const).map((key) => (
              <button key={key} type="button" aria-pressed={source === key} onClick={() => setSource(key)}>
                {t(`texts.source.${key}`)}
              </button>
            ))}
          </fieldset>
          <select
            className="input"
            aria-label={t('texts.filter')}
            value={barrier}
            onChange={(e) => setBarrier(e.target.value)}
          >
            <option value="">
              {t('texts.filter')}: {t('texts.all')}
            </option>
            {[...BARRIER_KEYS, 'unknown'].map((key) => (
              <option key={key} value={key}>
                {tc(`barrier.${key}`)}
              </option>
            ))}
          </select>
          <input
            className="input"
            type="search"
            aria-label={t('texts.search')}
            placeholder={t('texts.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <QueryState query={query}>
          {(list) =>
            list.items.length === 0 ? (
              <EmptyState icon={<Tags size={22} />} title={t('texts.emptyTitle')}>
                {barrier || search.trim() ? t('texts.emptyFiltered') : t('texts.empty')}
              </EmptyState>
            ) : (
              <div className="table-wrap">
                <p className="muted small card-toolbar">
                  {t('texts.count', { shown: list.items.length, total: list.total, labels: list.labelCount })}
                </p>
                <table className="table codes-table">
                  <thead>
                    <tr>
                      <th>{t('texts.text')}</th>
                      <th>{t('texts.why')}</th>
                      <th>{t('texts.code')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.items.map((item) => (
                      <tr key={`${item.source}-${item.sourceId}`}>
                        <td>
                          <q>{item.text}</q>
                          <div className="muted small">
                            {item.context}
                            {item.date ? ` · ${formatDate(item.date)}` : ''}
                          </div>
                        </td>
                        <td>
                          {item.because.length > 0
                            ? item.because.map((word, i) => (
                                <span key={word}>
                                  {i > 0 ? ', ' : ''}
                                  <mark>{word}</mark>
                                </span>
                              ))
                            : '–'}
                        </td>
                        <td>
                          <CodeCell item={item} />
                        </td>
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
