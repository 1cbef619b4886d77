/**
 * The diagnosis a marketing manager can present (DESIGN §8): the verdict in plain words first, then the ranked
 * barriers with intervals, the AIDA stage and confidence, the evidence, competitors, who answered and what worked
 * before. Print-friendly: the print stylesheet drops navigation and buttons.
 */
import { FilePenLine, Printer, RefreshCw, Stethoscope } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { DiagnosisPage as Page } from '../../../../src/contract/diagnoses.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDate, formatDateTime, formatPercent } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { useCan } from '../auth/session.tsx';
import { BarrierChart } from './BarrierChart.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { useCreateBrief, useDiagnosis, useRecompute } from './use-diagnosis.ts';
import './diagnosis.css';

type Result = NonNullable<Page['result']>;

function Verdict({ result }: { result: Result }) {
  const { t, i18n } = useTranslation('diagnosis');
  const { t: tc } = useTranslation();
  const language = i18n.language === 'de' ? 'de' : 'en';
  const { diagnosis } = result;
  const { confidence } = diagnosis;
  return (
    <Card className={`verdict verdict-${diagnosis.verdict}`}>
      <p className="verdict-title">{t(`verdict.${diagnosis.verdict}`)}</p>
      <p className="verdict-reason">{result.reasonText[language]}</p>
      {result.alsoRouteTexts.map((text) => (
        <p key={text.en} className="muted">
          {text[language]}
        </p>
      ))}
      <div className="verdict-facts">
        <span>
          {t('stage')}:{' '}
          <strong className="chip chip-accent">
            {diagnosis.aidaStage ? tc(`aida.${diagnosis.aidaStage}`) : '–'}
          </strong>
        </span>
        <span>
          {t('confidence')}: <strong>{formatPercent(confidence.value)}</strong>{' '}
          <span className="muted small">
            (
            {t('confidenceParts', {
              count: confidence.reps.answered,
              agreement: formatPercent(confidence.agreement.factor),
              precision: formatPercent(confidence.precision.factor),
            })}
            )
          </span>
        </span>
      </div>
    </Card>
  );
}

function Details({ page, result }: { page: Page; result: Result }) {
  const { t } = useTranslation('diagnosis');
  const { diagnosis, window } = result;
  return (
    <>
      <Verdict result={result} />
      <Card title={t('barriers')} lead={t('barriersLead')}>
        <BarrierChart barriers={diagnosis.barriers} />
        <p className="muted small">
          {t('window', {
            from: formatDate(window.current.from),
            to: formatDate(window.current.to),
            baseFrom: formatDate(window.baseline.from),
            baseTo: formatDate(window.baseline.to),
          })}
          {result.siblingScopes.length > 0
            ? ` · ${t('siblings', { names: result.siblingScopes.join(', ') })}`
            : ''}
        </p>
      </Card>
      <Card title={t('evidence')}>
        <EvidenceList result={result} />
      </Card>
      {diagnosis.competitors.length > 0 ? (
        <Card title={t('competitors')}>
          <ul className="plain-list">
            {diagnosis.competitors.slice(0, 5).map((competitor) => (
              <li key={competitor.name}>
                <strong>{competitor.name}</strong>{' '}
                <span className="muted">
                  {t('competitorLine', {
                    share: formatPercent(competitor.shareNow),
                    before: formatPercent(competitor.shareBaseline),
                    reps: competitor.namedByReps,
                  })}
                </span>
                {competitor.better.length > 0 ? (
                  <div className="small">
                    {competitor.better.map((text) => (
                      <q key={text}>{text} </q>
                    ))}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <div className="grid diagnosis-side">
        <Progress page={page} />
        <Card title={t('learnings')}>
          {result.learnings.length === 0 ? (
            <p className="muted">{t('noLearnings')}</p>
          ) : (
            <ul className="plain-list">
              {result.learnings.slice(0, 5).map((learning) => (
                <li key={learning.summary}>
                  <span className="badge">{t(`learningVerdict.${learning.verdict}`)}</span> {learning.summary}
                  {learning.channels.length > 0 ? (
                    <span className="muted"> · {learning.channels.join(', ')}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}

function Progress({ page }: { page: Page }) {
  const { t } = useTranslation('diagnosis');
  return (
    <Card title={t('progress')}>
      {page.progress.length === 0 ? <p className="muted">{t('noProgress')}</p> : null}
      {page.progress.map((set) => (
        <div key={set.questionSetId}>
          <p className="muted small">
            {set.title} · {formatDate(set.deadlineOn)}
          </p>
          <ul className="plain-list">
            {set.recipients.map((recipient) => (
              <li key={recipient.userId}>
                {recipient.name}{' '}
                <span className={`badge ${recipient.status === 'submitted' ? 'badge-ok' : 'badge-muted'}`}>
                  {t(`recipient.${recipient.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Card>
  );
}

export function DiagnosisPage() {
  const { t } = useTranslation('diagnosis');
  const requestId = Number(useParams().requestId);
  const query = useDiagnosis(requestId);
  const recompute = useRecompute(requestId);
  const canRecompute = useCan('diagnoses', 'write');
  const createBrief = useCreateBrief(requestId);
  const canBrief = useCan('campaigns', 'write');
  const navigate = useNavigate();
  const { i18n } = useTranslation();
  const page = query.data;
  return (
    <div className="diagnosis-page">
      <PageHeader
        title={page ? `${t('title')}: ${page.request.title}` : t('title')}
        lead={
          page?.result
            ? t('computedAt', { time: formatDateTime(page.result.computedAt) })
            : page?.request.scopeLabel
        }
        actions={
          <>
            {canRecompute ? (
              <button
                type="button"
                className="btn"
                disabled={recompute.isPending}
                onClick={() => recompute.mutate()}
              >
                <RefreshCw size={16} /> {t('recompute')}
              </button>
            ) : null}
            {canBrief && page?.result ? (
              <button
                type="button"
                className="btn btn-primary"
                disabled={createBrief.isPending}
                onClick={() =>
                  createBrief.mutate(i18n.language === 'de' ? 'de' : 'en', {
                    onSuccess: (detail) => navigate(`/campaigns/${detail.campaign.id}`),
                  })
                }
              >
                <FilePenLine size={16} /> {t('createBrief')}
              </button>
            ) : null}
            <button type="button" className="btn" onClick={() => window.print()}>
              <Printer size={16} /> {t('print')}
            </button>
          </>
        }
      />
      <QueryState query={query}>
        {(data) =>
          data.result ? (
            <Details page={data} result={data.result} />
          ) : (
            <>
              <Card>
                <EmptyState icon={<Stethoscope size={22} />} title={t('emptyTitle')}>
                  {t('emptyText')}
                </EmptyState>
              </Card>
              <Progress page={data} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
