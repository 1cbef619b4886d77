/** Links deals from the rep's own pipeline (lost or stalled, in the request's scope) to an answer. */

import type { TFunction } from 'i18next';
import { Link2, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealSummary } from '../../../../src/contract/answers.ts';
import { formatDate, formatMoney } from '../../ui/format.ts';
import { useDealSearch } from './use-answers.ts';

function describeDeal(deal: DealSummary, t: TFunction<'answers'>): string {
  const when =
    deal.outcome === 'lost' && deal.closedOn
      ? t('form.lost', { date: formatDate(deal.closedOn) })
      : deal.expectedCloseOn
        ? t('form.stalled', { date: formatDate(deal.expectedCloseOn) })
        : '';
  return [deal.account, formatMoney(deal.amountCents, deal.currency), when].filter(Boolean).join(' · ');
}

export function DealPicker({
  setId,
  linked,
  known,
  isDisabled,
  onChange,
}: {
  setId: number;
  linked: number[];
  /** Deals seen so far (linked before, or found), for their names. */
  known: Map<number, DealSummary>;
  isDisabled: boolean;
  onChange: (dealIds: number[], deal?: DealSummary) => void;
}) {
  const { t } = useTranslation('answers');
  const [query, setQuery] = useState('');
  const [isOpen, setOpen] = useState(false);
  const search = useDealSearch(setId, query.trim(), isOpen && !isDisabled);
  const results = (search.data?.items ?? []).filter((deal) => !linked.includes(deal.id));
  return (
    <div className="field">
      {linked.length > 0 ? (
        <div className="chips">
          {linked.map((id) => (
            <span key={id} className="chip deal-chip">
              {known.get(id)?.name ?? `#${id}`}
              {isDisabled ? null : (
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  aria-label={t('form.dealRemove', { name: known.get(id)?.name ?? `#${id}` })}
                  onClick={() => onChange(linked.filter((item) => item !== id))}
                >
                  <X size={12} />
                </button>
              )}
            </span>
          ))}
        </div>
      ) : null}
      {isDisabled ? null : (
        <>
          <input
            className="input"
            type="search"
            placeholder={t('form.dealSearch')}
            aria-label={t('form.dealSearch')}
            value={query}
            onFocus={() => setOpen(true)}
            onChange={(e) => {
              setOpen(true);
              setQuery(e.target.value);
            }}
          />
          <span className="hint">{t('form.dealsHint')}</span>
          {isOpen && search.isSuccess ? (
            results.length === 0 ? (
              <span className="muted small">{t('form.dealNone')}</span>
            ) : (
              <ul className="deal-results">
                {results.map((deal) => (
                  <li key={deal.id} className="deal-result">
                    <span>
                      <strong>{deal.name}</strong>
                      <br />
                      <span className="muted">{describeDeal(deal, t)}</span>
                    </span>
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => onChange([...linked, deal.id], deal)}
                    >
                      <Link2 size={14} /> {t('form.dealAdd')}
                    </button>
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </>
      )}
    </div>
  );
}
