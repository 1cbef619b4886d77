import { Bell, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationItems } from './NotificationItems.tsx';
import { useLatestNotifications, useMarkAllRead } from './use-notifications.ts';
import './notifications.css';

const PANEL_SIZE = 8;

function BellPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('notifications');
  const query = useLatestNotifications(PANEL_SIZE);
  const markAllRead = useMarkAllRead();
  const items = query.data?.items ?? [];
  return (
    <div className="bell-panel" role="dialog" aria-label={t('bell.title')}>
      <div className="bell-panel-header">
        <h2>{t('bell.title')}</h2>
        <button
          type="button"
          className="btn btn-small btn-ghost"
          disabled={!query.data?.unreadCount || markAllRead.isPending}
          onClick={() => markAllRead.mutate()}
        >
          {t('bell.markAllRead')}
        </button>
        <button
          type="button"
          className="btn btn-small btn-ghost"
          aria-label={t('bell.close')}
          onClick={onClose}
        >
          <X size={16} />
        </button>
      </div>
      {items.length === 0 ? (
        <p className="bell-panel-empty">{t('bell.empty')}</p>
      ) : (
        <NotificationItems items={items} onOpen={onClose} />
      )}
      <Link className="bell-panel-footer" to="/notifications" onClick={onClose}>
        {t('bell.showAll')}
      </Link>
    </div>
  );
}

/** The bell with the unread count; opens the latest notifications. Place it in the shell (AppShell footer). */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const [isOpen, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const query = useLatestNotifications(PANEL_SIZE);
  const count = query.data?.unreadCount ?? 0;

  useEffect(() => {
    if (!isOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const closeOutside = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('mousedown', closeOutside);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('mousedown', closeOutside);
    };
  }, [isOpen]);

  return (
    <div className="bell" ref={root}>
      <button
        type="button"
        className="bell-button"
        aria-label={count > 0 ? t('bell.label', { count }) : t('bell.title')}
        aria-expanded={isOpen}
        aria-haspopup="dialog"
        onClick={() => setOpen(!isOpen)}
      >
        <span className="bell-icon" aria-hidden="true">
          <Bell size={18} />
          {count > 0 ? <span className="badge-count">{count > 99 ? '99+' : count}</span> : null}
        </span>
        <span className="bell-label">{t('bell.title')}</span>
      </button>
      {isOpen ? <BellPanel onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
