/** The evidence behind the top barriers: quotes with their deciding words, linked deals, lost reasons as written. */
import { useTranslation } from 'react-i18next';
import type { DiagnosisPage } from '../../../../src/contract/diagnoses.ts';
import { formatDate, formatMoney } from '../../ui/format.ts';

type Result = NonNullable<DiagnosisPage['result']>;

const TOP = 3;

export function EvidenceList({ result }: { result: Result }) {
  const { t } = useTranslation('diagnosis');
  const { t: tc } = useTranslation();
  const reps = new Map(result.reps.map((rep) => [rep.id, rep.name]));
  const deals = new Map(result.deals.map((deal) => [deal.id, deal]));
  const top = result.diagnosis.barriers.filter((finding) => finding.share !== null).slice(0, TOP);
  return (
    <div className="evidence-grid">
      {top.map((finding) => {
        const linked = finding.evidence.linkedDealIds.flatMap((id) => deals.get(id) ?? []);
        return (
          <section key={finding.barrier} className="evidence">
            <h3>
              {finding.rank}. {tc(`barrier.${finding.barrier}`)}
            </h3>
            {finding.evidence.quotes.length > 0 ? (
              <>
                <h4>{t('quotes')}</h4>
                <ul>
                  {finding.evidence.quotes.map((quote) => (
                    <li key={`${quote.repId}-${quote.questionKey}-${quote.text}`}>
                      <q>{quote.text}</q>{' '}
                      <span className="muted">— {reps.get(quote.repId) ?? `#${quote.repId}`}</span>
                      {quote.because.length > 0 ? (
                        <span className="muted small">
                          {' '}
                          ({t('because', { words: quote.because.join(', ') })})
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {linked.length > 0 ? (
              <>
                <h4>{t('deals')}</h4>
                <ul>
                  {linked.map((deal) => (
                    <li key={deal.id}>
                      {deal.name}
                      <span className="muted">
                        {' '}
                        · {formatMoney(deal.amountCents, deal.currency)}
                        {deal.closedOn ? ` · ${formatDate(deal.closedOn)}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {finding.evidence.lostReasonTexts.length > 0 ? (
              <>
                <h4>{t('lostTexts')}</h4>
                <ul>
                  {finding.evidence.lostReasonTexts.map((item) => (
                    <li key={item.dealId}>
                      <q>{item.text}</q>
                      {deals.get(item.dealId) ? (
                        <span className="muted"> · {deals.get(item.dealId)?.name}</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
