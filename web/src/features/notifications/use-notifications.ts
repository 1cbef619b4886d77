/** Server state of the notifications feature; one query key root, so any change refreshes bell and inbox. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Notification,
  NotificationList,
  NotificationPreferencesView,
  ReadAllResult,
  UpdatePreferences,
} from '../../../../src/contract/notifications.ts';
import { api, toQuery } from '../../api/client.ts';

export const NOTIFICATIONS_KEY = ['notifications'] as const;
/** The bell asks again every minute; notifications are not urgent to the second. */
const POLL_MS = 60_000;
export const PAGE_SIZE = 20;

export function useLatestNotifications(limit: number) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'latest', limit],
    queryFn: () => api.get<NotificationList>(`/api/notifications${toQuery({ limit })}`),
    refetchInterval: POLL_MS,
    retry: false,
  });
}

export function useNotificationPages(isUnreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'pages', isUnreadOnly],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api.get<NotificationList>(
        `/api/notifications${toQuery({ limit: PAGE_SIZE, beforeId: pageParam, unreadOnly: isUnreadOnly || undefined })}`,
      ),
    getNextPageParam: (last) => (last.items.length === PAGE_SIZE ? last.items.at(-1)?.id : undefined),
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<Notification>(`/api/notifications/${id}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ReadAllResult>('/api/notifications/read-all'),
    onSuccess: () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

const PREFERENCES_KEY = [...NOTIFICATIONS_KEY, 'preferences'];

export function usePreferences() {
  return useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: () => api.get<NotificationPreferencesView>('/api/notification-preferences'),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePreferences) =>
      api.put<NotificationPreferencesView>('/api/notification-preferences', body),
    onSuccess: (saved) => client.setQueryData(PREFERENCES_KEY, saved),
  });
}
