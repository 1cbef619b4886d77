/**
 * What the campaign says: the message house (umbrella, one pillar per addressed barrier) and the AIDA plan
 * (per stage the messages, proof points and channels), every line editable.
 */
import { useTranslation } from 'react-i18next';
import type { BriefContent, BriefStagePlan, MessagePillar } from '../../../../src/core/brief/types.ts';
import { BARRIER_LABELS, STAGE_LABELS } from '../../../../src/core/labels.ts';
import { Card } from '../../ui/Card.tsx';
import { type Edit, ListField, TextField } from './BriefFields.tsx';
import { useLocale } from './use-locale.ts';

interface CardProps {
  brief: BriefContent;
  isReadOnly: boolean;
  onEdit: Edit;
}

function editPillar(onEdit: Edit, index: number, change: (pillar: MessagePillar) => MessagePillar) {
  onEdit((b) => ({
    ...b,
    messageHouse: {
      ...b.messageHouse,
      pillars: b.messageHouse.pillars.map((pillar, i) => (i === index ? change(pillar) : pillar)),
    },
  }));
}

export function MessageHouseCard({ brief, isReadOnly, onEdit }: CardProps) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  return (
    <Card title={t('messageHouse')}>
      <div className="message-house">
        <div className="message-roof">
          <TextField
            id="brief-umbrella"
            label={t('umbrella')}
            suggestion={brief.messageHouse.umbrella}
            isReadOnly={isReadOnly}
            onChange={(umbrella) => onEdit((b) => ({ ...b, messageHouse: { ...b.messageHouse, umbrella } }))}
          />
        </div>
        <div className="message-pillars">
          {brief.messageHouse.pillars.map((pillar, index) => (
            <div key={pillar.barrier} className="message-pillar">
              <h3>{BARRIER_LABELS[pillar.barrier][locale]}</h3>
              <TextField
                id={`pillar-${pillar.barrier}-title`}
                label={t('pillarTitle')}
                suggestion={pillar.title}
                isReadOnly={isReadOnly}
                onChange={(title) => editPillar(onEdit, index, (p) => ({ ...p, title }))}
              />
              <TextField
                id={`pillar-${pillar.barrier}-message`}
                label={t('pillarMessage')}
                isLong
                suggestion={pillar.message}
                isReadOnly={isReadOnly}
                onChange={(message) => editPillar(onEdit, index, (p) => ({ ...p, message }))}
              />
              <ListField
                id={`pillar-${pillar.barrier}-proof`}
                label={t('proofPoints')}
                itemLabel={`${BARRIER_LABELS[pillar.barrier][locale]}: ${t('proofPoint')}`}
                itemShortLabel={t('proofPoint')}
                items={pillar.proofPoints}
                isReadOnly={isReadOnly}
                onChange={(proofPoints) => editPillar(onEdit, index, (p) => ({ ...p, proofPoints }))}
              />
            </div>
          ))}
        </div>
      </div>
    </Card>
  );
}

type StageList = 'messages' | 'proofPoints' | 'channels';
const STAGE_LISTS: { key: StageList; label: string; item: string }[] = [
  { key: 'messages', label: 'messages', item: 'message' },
  { key: 'proofPoints', label: 'proofPoints', item: 'proofPoint' },
  { key: 'channels', label: 'channels', item: 'channel' },
];

function StagePlan({
  plan,
  isReadOnly,
  onEdit,
}: {
  plan: BriefStagePlan;
  isReadOnly: boolean;
  onEdit: Edit;
}) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const stageLabel = STAGE_LABELS[plan.stage][locale];
  return (
    <details className="brief-stage" open={plan.isObjective}>
      <summary>
        {stageLabel} {plan.isObjective ? `★ ${t('objectiveStage')}` : ''}
      </summary>
      <div className="brief-stage-lists">
        {STAGE_LISTS.map((list) => (
          <ListField
            key={list.key}
            id={`stage-${plan.stage}-${list.key}`}
            label={t(list.label)}
            itemLabel={`${stageLabel}: ${t(list.item)}`}
            itemShortLabel={t(list.item)}
            items={plan[list.key]}
            isReadOnly={isReadOnly}
            onChange={(items) =>
              onEdit((b) => ({
                ...b,
                stages: b.stages.map((s) => (s.stage === plan.stage ? { ...s, [list.key]: items } : s)),
              }))
            }
          />
        ))}
      </div>
    </details>
  );
}

export function StagePlanCard({ brief, isReadOnly, onEdit }: CardProps) {
  const { t } = useTranslation('campaigns');
  return (
    <Card title={t('stages')} lead={t('stagesLead')}>
      {brief.stages.map((plan) => (
        <StagePlan key={plan.stage} plan={plan} isReadOnly={isReadOnly} onEdit={onEdit} />
      ))}
    </Card>
  );
}
