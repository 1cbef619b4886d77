import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notification } from '../../../../src/contract/notifications.ts';
import { formatDateTime } from '../../ui/format.ts';
import { useMarkRead } from './use-notifications.ts';

/** Notifications as a list; opening one marks it read and goes where it points. */
export function NotificationItems({ items, onOpen }: { items: Notification[]; onOpen?: () => void }) {
  const { t } = useTranslation('notifications');
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const open = (item: Notification) => {
    if (item.readAt === null) markRead.mutate(item.id);
    onOpen?.();
    if (item.link) void navigate(item.link);
  };
  return (
    <ul className="notification-items">
      {items.map((item) => (
        <li key={item.id} className={item.readAt === null ? 'is-unread' : undefined}>
          <button type="button" onClick={() => open(item)}>
            <span className="notification-title">
              {item.readAt === null ? (
                <>
                  <span className="notification-dot" aria-hidden="true" />
                  <span className="visually-hidden">{t('inbox.isUnread')}: </span>
                </>
              ) : null}
              {item.title}
            </span>
            <span className="notification-body">{item.body}</span>
            <span className="notification-meta">
              {t(`kind.${item.kind}`, { defaultValue: '' })} ·{' '}
              <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
