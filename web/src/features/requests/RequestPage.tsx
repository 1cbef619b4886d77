import { Stethoscope } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RequestDetail } from '../../../../src/contract/requests.ts';
import { formatDate } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/States.tsx';
import { useCan } from '../auth/session.tsx';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { ActivityCard } from './ActivityCard.tsx';
import { CommentsCard } from './CommentsCard.tsx';
import { EvidenceCard } from './EvidenceCard.tsx';
import { QuestionsSection } from './QuestionsSection.tsx';
import { RequestControls } from './RequestControls.tsx';
import { StatusChip } from './StatusChip.tsx';
import { useRequest } from './use-requests.ts';
import './requests.css';

function RequestView({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation('requests');
  const canWrite = useCan('requests', 'write');
  const canComment = useCan('comments', 'write');
  const canSeeDiagnosis = useCan('diagnoses', 'read');
  const { t: td } = useTranslation('diagnosis');
  const { request } = detail;
  const lead = (
    <>
      <StatusChip status={request.status} />{' '}
      {request.requestedBy
        ? t('detail.requestedBy', { name: request.requestedBy.name, date: formatDate(request.createdAt) })
        : null}
      {request.dueOn ? ` · ${t('detail.due')} ${formatDate(request.dueOn)}` : ''}
    </>
  );
  return (
    <>
      <PageHeader
        title={request.title}
        lead={lead}
        actions={
          canSeeDiagnosis ? (
            <Link className="btn" to={`/requests/${request.id}/diagnosis`}>
              <Stethoscope size={16} /> {td('title')}
            </Link>
          ) : null
        }
      />
      <div className="request-layout">
        <div className="request-main">
          <EvidenceCard evidence={detail.evidence} />
          <QuestionsSection detail={detail} />
          <CommentsCard requestId={request.id} comments={detail.comments} canComment={canComment} />
        </div>
        <aside className="request-side">
          <RequestControls key={request.updatedAt} detail={detail} canWrite={canWrite} />
          <ActivityCard activity={detail.activity} />
        </aside>
      </div>
    </>
  );
}

/** `/requests/:id`: evidence, the questions to sales and their progress, comments, workflow and timeline. */
export function RequestPage() {
  const params = useParams();
  const id = Number(params.id);
  const query = useRequest(Number.isInteger(id) && id > 0 ? id : 0);
  if (query.error && 'status' in query.error && query.error.status === 404) return <NotFoundPage />;
  return <QueryState query={query}>{(detail) => <RequestView detail={detail} />}</QueryState>;
}
