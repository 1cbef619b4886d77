import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeGapGoal } from '../../../../src/core/brief/describe-gap-goal.ts';
import { describeSource } from '../../../../src/core/brief/describe-source.ts';
import type { BriefContent, Suggested } from '../../../../src/core/brief/types.ts';
import { BARRIER_LABELS, getIndicatorLabel, STAGE_LABELS } from '../../../../src/core/labels.ts';
import { Card } from '../../ui/Card.tsx';
import { formatPercent } from '../../ui/format.ts';
import { useLocale } from './use-locale.ts';

type Edit = (change: (brief: BriefContent) => BriefContent) => void;

function Source({ suggestion }: { suggestion: Suggested<unknown> }) {
  const locale = useLocale();
  return <span className="brief-source">{describeSource(suggestion.source, locale)}</span>;
}

function TextField(props: {
  id: string;
  label: string;
  suggestion: Suggested<string>;
  isReadOnly: boolean;
  onChange: (value: string) => void;
  isLong?: boolean;
}) {
  const { id, label, suggestion, isReadOnly, onChange } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {props.isLong ? (
        <textarea
          id={id}
          className="input"
          rows={3}
          value={suggestion.value}
          readOnly={isReadOnly}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          className="input"
          value={suggestion.value}
          readOnly={isReadOnly}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <Source suggestion={suggestion} />
    </div>
  );
}

function MessageHouse({ brief }: { brief: BriefContent }) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  return (
    <Card title={t('messageHouse')}>
      <div className="message-house">
        <div className="message-roof">
          <strong>{brief.messageHouse.umbrella.value}</strong>
          <Source suggestion={brief.messageHouse.umbrella} />
        </div>
        <div className="message-pillars">
          {brief.messageHouse.pillars.map((pillar) => (
            <div key={pillar.barrier} className="message-pillar">
              <span className="muted">{BARRIER_LABELS[pillar.barrier][locale]}</span>
              <h3>{pillar.title.value}</h3>
              <p>{pillar.message.value}</p>
              <ul>
                {pillar.proofPoints.map((point) => (
                  <li key={point.value}>{point.value}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </div>
    </Card>
  );
}

function GapGoalBox({ brief }: { brief: BriefContent }) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  if (!brief.gapGoal) return null;
  const text = describeGapGoal(brief.gapGoal, locale);
  return (
    <div className="notice">
      <strong>{t('gap')}:</strong> {text.headline}
      {text.steps.length > 0 ? (
        <ol>
          {text.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

export function BriefEditor(props: { brief: BriefContent; isReadOnly: boolean; onEdit: Edit }) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const { brief, isReadOnly, onEdit } = props;
  const [openStage, setOpenStage] = useState<string | null>(null);
  return (
    <>
      <Card title={t('brief')}>
        <div className="notice">
          <strong>{brief.fit.statement.value}</strong> <Source suggestion={brief.fit.statement} />
        </div>
        <div className="form">
          <TextField
            id="brief-title"
            label={t('briefTitle')}
            suggestion={brief.title}
            isReadOnly={isReadOnly}
            onChange={(value) => onEdit((b) => ({ ...b, title: { ...b.title, value } }))}
          />
          <p>
            <strong>{t('stage')}:</strong>{' '}
            {brief.objective.stage.value ? STAGE_LABELS[brief.objective.stage.value][locale] : '–'}{' '}
            <Source suggestion={brief.objective.stage} />
          </p>
          <TextField
            id="brief-objective"
            label={t('objective')}
            isLong
            suggestion={brief.objective.statement}
            isReadOnly={isReadOnly}
            onChange={(value) =>
              onEdit((b) => ({
                ...b,
                objective: { ...b.objective, statement: { ...b.objective.statement, value } },
              }))
            }
          />
          <TextField
            id="brief-target"
            label={`${t('targetGroup')}: ${brief.targetGroup.label.value}`}
            isLong
            suggestion={brief.targetGroup.description}
            isReadOnly={isReadOnly}
            onChange={(value) =>
              onEdit((b) => ({
                ...b,
                targetGroup: { ...b.targetGroup, description: { ...b.targetGroup.description, value } },
              }))
            }
          />
        </div>
        <h3>{t('barriers')}</h3>
        <ul className="brief-barriers">
          {brief.barriers.map((barrier) => (
            <li key={barrier.key}>
              <strong>{BARRIER_LABELS[barrier.key][locale]}</strong> · {t('share')}{' '}
              {formatPercent(barrier.share)}
              {barrier.evidence.slice(0, 3).map((item) => (
                <blockquote key={item.text}>{item.text}</blockquote>
              ))}
            </li>
          ))}
        </ul>
      </Card>
      <MessageHouse brief={brief} />
      <Card title={t('stages')}>
        {brief.stages.map((plan, index) => (
          <details
            key={plan.stage}
            open={plan.isObjective || openStage === plan.stage}
            onToggle={() => setOpenStage(plan.stage)}
          >
            <summary>
              {STAGE_LABELS[plan.stage][locale]} {plan.isObjective ? '★' : ''}
            </summary>
            <p className="muted">{plan.messages.map((m) => m.value).join(' · ')}</p>
            <div className="field">
              <label htmlFor={`channels-${plan.stage}`}>{t('channels')}</label>
              <textarea
                id={`channels-${plan.stage}`}
                className="input"
                rows={2}
                readOnly={isReadOnly}
                value={plan.channels.map((c) => c.value).join('\n')}
                onChange={(e) =>
                  onEdit((b) => ({
                    ...b,
                    stages: b.stages.map((s, i) =>
                      i === index
                        ? {
                            ...s,
                            channels: e.target.value.split('\n').map((value, n) => ({
                              value,
                              source: s.channels[n]?.source ?? { kind: 'edited' },
                            })),
                          }
                        : s,
                    ),
                  }))
                }
              />
              {plan.channels[0] ? <Source suggestion={plan.channels[0]} /> : null}
            </div>
          </details>
        ))}
      </Card>
      <Card title={t('kpis')}>
        <GapGoalBox brief={brief} />
        <div className="form">
          <TextField
            id="brief-tone"
            label={t('tone')}
            suggestion={brief.tone}
            isReadOnly={isReadOnly}
            onChange={(value) => onEdit((b) => ({ ...b, tone: { ...b.tone, value } }))}
          />
          <TextField
            id="brief-cta"
            label={t('callToAction')}
            suggestion={brief.callToAction}
            isReadOnly={isReadOnly}
            onChange={(value) => onEdit((b) => ({ ...b, callToAction: { ...b.callToAction, value } }))}
          />
        </div>
        <table className="table">
          <thead>
            <tr>
              <th>KPI</th>
              <th>{t('baseline')}</th>
              <th>{t('goal')}</th>
            </tr>
          </thead>
          <tbody>
            {brief.kpis.map((kpi, index) => (
              <tr key={kpi.key}>
                <td>{getIndicatorLabel(kpi.key, locale)}</td>
                <td>
                  {Math.round(kpi.baseline.value * 100) / 100} <Source suggestion={kpi.baseline} />
                </td>
                <td>
                  <input
                    aria-label={`${t('goal')} ${getIndicatorLabel(kpi.key, locale)}`}
                    className="input"
                    type="number"
                    step="any"
                    readOnly={isReadOnly}
                    value={kpi.goal.value ?? ''}
                    onChange={(e) =>
                      onEdit((b) => ({
                        ...b,
                        kpis: b.kpis.map((k, i) =>
                          i === index
                            ? {
                                ...k,
                                goal: {
                                  ...k.goal,
                                  value: e.target.value === '' ? null : Number(e.target.value),
                                },
                              }
                            : k,
                        ),
                      }))
                    }
                  />
                  <Source suggestion={kpi.goal} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <strong>{t('timeline')}:</strong> {brief.timeline.startOn.value} – {brief.timeline.endOn.value} ·{' '}
          {t('evaluateOn')} {brief.timeline.evaluateOn.value}
        </p>
      </Card>
    </>
  );
}
