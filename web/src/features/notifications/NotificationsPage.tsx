import { CheckCheck, Settings } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../ui/Card.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../ui/States.tsx';
import { NotificationItems } from './NotificationItems.tsx';
import { useMarkAllRead, useNotificationPages } from './use-notifications.ts';
import './notifications.css';

function FilterSwitch({
  isUnreadOnly,
  onChange,
}: {
  isUnreadOnly: boolean;
  onChange: (value: boolean) => void;
}) {
  const { t } = useTranslation('notifications');
  return (
    <fieldset className="segmented segmented-light" aria-label={t('inbox.filter')}>
      <button type="button" aria-pressed={!isUnreadOnly} onClick={() => onChange(false)}>
        {t('inbox.all')}
      </button>
      <button type="button" aria-pressed={isUnreadOnly} onClick={() => onChange(true)}>
        {t('inbox.unread')}
      </button>
    </fieldset>
  );
}

/** The inbox: every notification, newest first, all or only unread, page by page. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const [isUnreadOnly, setUnreadOnly] = useState(false);
  const query = useNotificationPages(isUnreadOnly);
  const markAllRead = useMarkAllRead();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = query.data?.pages[0]?.unreadCount ?? 0;

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        lead={t('inbox.lead')}
        actions={
          <>
            <button
              type="button"
              className="btn"
              disabled={unreadCount === 0 || markAllRead.isPending}
              onClick={() => markAllRead.mutate()}
            >
              <CheckCheck size={16} /> {t('inbox.markAllRead')}
            </button>
            <Link className="btn" to="/notifications/preferences">
              <Settings size={16} /> {t('inbox.preferences')}
            </Link>
          </>
        }
      />
      <Card className="card-flush">
        <div className="card-toolbar">
          <FilterSwitch isUnreadOnly={isUnreadOnly} onChange={setUnreadOnly} />
        </div>
        {query.isPending ? <LoadingState height={240} /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isSuccess && items.length === 0 ? (
          <EmptyState title={isUnreadOnly ? t('inbox.emptyUnreadTitle') : t('inbox.emptyTitle')}>
            {isUnreadOnly ? null : t('inbox.emptyText')}
          </EmptyState>
        ) : null}
        {items.length > 0 ? <NotificationItems items={items} /> : null}
        {query.hasNextPage ? (
          <div className="card-footer">
            <button
              type="button"
              className="btn"
              disabled={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
            >
              {t('inbox.loadMore')}
            </button>
          </div>
        ) : null}
      </Card>
    </>
  );
}
