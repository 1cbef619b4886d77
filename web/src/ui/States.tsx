import type { UseQueryResult } from '@tanstack/react-query';
import { AlertTriangle, Inbox } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/** The empty-state pattern: what this place is for, and the one thing to do next. */
export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="state" role="status">
      <div className="state-icon" aria-hidden="true">
        {icon ?? <Inbox size={22} />}
      </div>
      <h2>{title}</h2>
      {children ? <p>{children}</p> : null}
      {action}
    </div>
  );
}

export function LoadingState({ height = 220 }: { height?: number }) {
  const { t } = useTranslation();
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{t('state.loading')}</span>
      <div className="skeleton" style={{ height }} />
    </div>
  );
}

/** `message` and `children` (the error's details) replace the error's own message where a feature words it. */
export function ErrorState({
  error,
  onRetry,
  message,
  children,
}: {
  error: unknown;
  onRetry?: () => void;
  message?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const text =
    message ?? (error instanceof ApiError || error instanceof Error ? error.message : String(error));
  return (
    <div className="state state-error" role="alert">
      <div className="state-icon" aria-hidden="true">
        <AlertTriangle size={22} />
      </div>
      <h2>{t('state.errorTitle')}</h2>
      <p>{text}</p>
      {children}
      {onRetry ? (
        <button type="button" className="btn" onClick={onRetry}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** Renders loading and error states of a query, and `children(data)` once it is there. */
export function QueryState<T>({
  query,
  children,
  height,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  height?: number;
}) {
  if (query.isPending) return <LoadingState height={height} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
