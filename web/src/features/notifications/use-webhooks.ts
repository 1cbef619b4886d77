/** Server state for webhooks and deliveries (settings). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateWebhook,
  DeliveryList,
  DeliveryView,
  WebhookList,
  WebhookTestResult,
  WebhookView,
} from '../../../../src/contract/notifications.ts';
import { api } from '../../api/client.ts';

const WEBHOOKS_KEY = ['webhooks'];
const DELIVERIES_KEY = ['notification-deliveries'];

export function useWebhooks() {
  return useQuery({ queryKey: WEBHOOKS_KEY, queryFn: () => api.get<WebhookList>('/api/webhooks') });
}

export function useCreateWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWebhook) => api.post<WebhookView>('/api/webhooks', body),
    onSuccess: () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY }),
  });
}

export function useDeleteWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.delete<{ id: number }>(`/api/webhooks/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY }),
  });
}

export function useTestWebhook() {
  return useMutation({
    mutationFn: (id: number) => api.post<WebhookTestResult>(`/api/webhooks/${id}/test`),
  });
}

export function useFailedDeliveries() {
  return useQuery({
    queryKey: DELIVERIES_KEY,
    queryFn: () => api.get<DeliveryList>('/api/notification-deliveries?status=failed&limit=50'),
  });
}

export function useRetryDelivery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<DeliveryView>(`/api/notification-deliveries/${id}/retry`),
    onSuccess: () => client.invalidateQueries({ queryKey: DELIVERIES_KEY }),
  });
}
