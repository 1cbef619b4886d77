import { ChevronRight, MessageSquareText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxItem } from '../../../../src/contract/answers.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDate } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { useInbox } from './use-answers.ts';
import './answers.css';

function isOpen(item: InboxItem): boolean {
  return item.setStatus === 'sent' && item.myStatus !== 'submitted';
}

function InboxRow({ item, today }: { item: InboxItem; today: string }) {
  const { t } = useTranslation('answers');
  const isLate = isOpen(item) && item.deadlineOn < today;
  const status =
    item.setStatus === 'closed' && item.myStatus !== 'submitted'
      ? t('inbox.closed')
      : t(`inbox.status.${item.myStatus}`);
  return (
    <li>
      <Link className="inbox-row" to={`/inbox/${item.id}`}>
        <div className="inbox-main">
          <strong>{item.title}</strong>
          <span className="muted">
            {[item.scopeLabel, item.from ? t('inbox.from', { name: item.from }) : null]
              .filter(Boolean)
              .join(' · ')}
          </span>
          <span className="inbox-meta">
            <span className={`badge ${isOpen(item) ? (isLate ? 'badge-high' : 'badge-medium') : 'badge-ok'}`}>
              {status}
            </span>
            <span className={isLate ? 'inbox-late' : 'muted'}>
              {isLate
                ? t('inbox.overdue', { date: formatDate(item.deadlineOn) })
                : t('inbox.due', { date: formatDate(item.deadlineOn) })}
            </span>
          </span>
          <span className="bar" aria-hidden="true">
            <span style={{ width: `${(100 * item.answeredCount) / Math.max(1, item.questionCount)}%` }} />
          </span>
          <span className="muted small">
            {t('inbox.progress', { answered: item.answeredCount, total: item.questionCount })}
          </span>
        </div>
        <ChevronRight size={18} aria-hidden="true" />
      </Link>
    </li>
  );
}

/** The rep inbox: question sets sent to me, open ones first, with deadline and progress. */
export function InboxPage() {
  const { t } = useTranslation('answers');
  const query = useInbox();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <PageHeader title={t('inbox.title')} lead={t('inbox.lead')} />
      <Card className="card-flush">
        <QueryState query={query}>
          {(inbox) =>
            inbox.items.length === 0 ? (
              <EmptyState icon={<MessageSquareText size={22} />} title={t('inbox.emptyTitle')}>
                {t('inbox.emptyText')}
              </EmptyState>
            ) : (
              <ul className="inbox-list">
                {inbox.items.map((item) => (
                  <InboxRow key={item.id} item={item} today={today} />
                ))}
              </ul>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}
