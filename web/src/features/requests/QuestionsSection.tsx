import { ListChecks } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../src/contract/requests.ts';
import { Card } from '../../ui/Card.tsx';
import { LoadingState, QueryState } from '../../ui/States.tsx';
import { useCan } from '../auth/session.tsx';
import { QuestionSetBuilder } from './QuestionSetBuilder.tsx';
import { QuestionSetProgress } from './QuestionSetProgress.tsx';
import { useProposal } from './use-requests.ts';

/** Questions can go out while a request is requested, asking or diagnosing (a second round). */
const ASKING_STATUSES = ['requested', 'asking', 'diagnosing'];

/**
 * After a set went out, another round is allowed but not the next step: the section says so under the sent sets'
 * progress, with a quiet button, instead of inviting to build a set as if none had been sent.
 */
function NextRound({ isJustSent, onStart }: { isJustSent: boolean; onStart: () => void }) {
  const { t } = useTranslation('requests');
  return (
    <div className="next-round">
      <p className="muted">
        {isJustSent ? (
          <strong className="next-round-sent" role="status">
            {t('builder.sent')}{' '}
          </strong>
        ) : null}
        {t('builder.nextRound')}
      </p>
      <button type="button" className="btn" onClick={onStart}>
        <ListChecks size={16} /> {t('builder.startNextRound')}
      </button>
    </div>
  );
}

/** The request's questions to sales: each sent set's progress, and building a set where marketing may send one. */
export function QuestionsSection({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation('requests');
  const canAsk = useCan('questions', 'write') && ASKING_STATUSES.includes(detail.request.status);
  const [isBuilding, setIsBuilding] = useState(false);
  const [isJustSent, setIsJustSent] = useState(false);
  const proposal = useProposal(detail.request.id, isBuilding);
  const sent = detail.questionSets.filter((set) => set.status !== 'draft');
  const start = () => {
    setIsJustSent(false);
    setIsBuilding(true);
  };
  let next = null;
  if (isBuilding)
    next = proposal.data ? (
      <QuestionSetBuilder
        requestId={detail.request.id}
        proposal={proposal.data}
        onSent={() => {
          setIsBuilding(false);
          setIsJustSent(true);
        }}
        onCancel={() => setIsBuilding(false)}
      />
    ) : (
      <QueryState query={proposal}>{() => <LoadingState />}</QueryState>
    );
  else if (canAsk && (sent.length > 0 || isJustSent))
    next = <NextRound isJustSent={isJustSent} onStart={start} />;
  else if (canAsk)
    next = (
      <Card title={t('builder.title')} lead={t('builder.lead')}>
        <button type="button" className="btn btn-primary" onClick={start}>
          <ListChecks size={16} /> {t('builder.start')}
        </button>
      </Card>
    );
  return (
    <>
      {sent.map((set) => (
        <QuestionSetProgress key={set.id} set={set} />
      ))}
      {next}
    </>
  );
}
