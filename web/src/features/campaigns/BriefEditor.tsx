/**
 * The brief builder (issue 7 item 1): every field editable — fit, title, objective, target group, the message
 * house, the AIDA plan, tone, call to action, KPI goals, timeline, budget and owner — with each suggestion's
 * source beside it. Edits stay in the page's draft until "save as new version".
 */
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../src/contract/requests.ts';
import { AIDA_STAGES, type AidaStage } from '../../../../src/core/aida.ts';
import type { BriefContent } from '../../../../src/core/brief/types.ts';
import { BARRIER_LABELS, STAGE_LABELS } from '../../../../src/core/labels.ts';
import { Card } from '../../ui/Card.tsx';
import { formatPercent } from '../../ui/format.ts';
import { type Edit, edited, Source, TextField } from './BriefFields.tsx';
import { BriefPlanCard } from './BriefPlanCard.tsx';
import { MessageHouseCard, StagePlanCard } from './MessagePlanCards.tsx';
import { useLocale } from './use-locale.ts';

interface EditorProps {
  brief: BriefContent;
  isReadOnly: boolean;
  onEdit: Edit;
}

/** Choosing the objective stage also moves the ★ in the AIDA plan. */
function setObjectiveStage(brief: BriefContent, stage: AidaStage | null): BriefContent {
  return {
    ...brief,
    objective: { ...brief.objective, stage: edited(stage) },
    stages: brief.stages.map((plan) => ({ ...plan, isObjective: plan.stage === stage })),
  };
}

function ObjectiveStageField({ brief, isReadOnly, onEdit }: EditorProps) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  return (
    <div className="field">
      <label htmlFor="brief-stage">{t('stage')}</label>
      <select
        id="brief-stage"
        className="input"
        value={brief.objective.stage.value ?? ''}
        disabled={isReadOnly}
        onChange={(e) =>
          onEdit((b) => setObjectiveStage(b, AIDA_STAGES.find((stage) => stage === e.target.value) ?? null))
        }
      >
        <option value="">{t('stageNone')}</option>
        {AIDA_STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {STAGE_LABELS[stage][locale]}
          </option>
        ))}
      </select>
      <Source suggestion={brief.objective.stage} />
    </div>
  );
}

function OverviewCard({ brief, isReadOnly, onEdit }: EditorProps) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  return (
    <Card title={t('brief')} className="brief-card">
      <div className="form">
        <TextField
          id="brief-fit"
          label={t('fitStatement')}
          isLong
          suggestion={brief.fit.statement}
          isReadOnly={isReadOnly}
          onChange={(statement) => onEdit((b) => ({ ...b, fit: { ...b.fit, statement } }))}
        />
        <TextField
          id="brief-title"
          label={t('briefTitle')}
          suggestion={brief.title}
          isReadOnly={isReadOnly}
          onChange={(title) => onEdit((b) => ({ ...b, title }))}
        />
        <ObjectiveStageField brief={brief} isReadOnly={isReadOnly} onEdit={onEdit} />
        <TextField
          id="brief-objective"
          label={t('objective')}
          isLong
          suggestion={brief.objective.statement}
          isReadOnly={isReadOnly}
          onChange={(statement) => onEdit((b) => ({ ...b, objective: { ...b.objective, statement } }))}
        />
        <TextField
          id="brief-target-label"
          label={t('targetGroup')}
          suggestion={brief.targetGroup.label}
          isReadOnly={isReadOnly}
          onChange={(label) => onEdit((b) => ({ ...b, targetGroup: { ...b.targetGroup, label } }))}
        />
        <TextField
          id="brief-target"
          label={t('targetDescription')}
          isLong
          suggestion={brief.targetGroup.description}
          isReadOnly={isReadOnly}
          onChange={(description) =>
            onEdit((b) => ({ ...b, targetGroup: { ...b.targetGroup, description } }))
          }
        />
      </div>
      <h3>{t('barriers')}</h3>
      <ul className="brief-barriers">
        {brief.barriers.map((barrier) => (
          <li key={barrier.key}>
            <strong>{BARRIER_LABELS[barrier.key][locale]}</strong> · {t('share')}{' '}
            {formatPercent(barrier.share)}
            {[...new Set(barrier.evidence.map((item) => item.text))].slice(0, 3).map((text) => (
              <blockquote key={text}>{text}</blockquote>
            ))}
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function BriefEditor(props: EditorProps & { owners: readonly PersonView[] }) {
  return (
    <>
      <OverviewCard {...props} />
      <MessageHouseCard {...props} />
      <StagePlanCard {...props} />
      <BriefPlanCard {...props} />
    </>
  );
}
