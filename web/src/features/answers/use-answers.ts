/** Server state of the rep inbox and answer form. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerForm, AnswerInput, DealSearch, Inbox } from '../../../../src/contract/answers.ts';
import { api, toQuery } from '../../api/client.ts';

export const INBOX_KEY = ['inbox'] as const;

export function useInbox() {
  return useQuery({ queryKey: INBOX_KEY, queryFn: () => api.get<Inbox>('/api/inbox') });
}

export function useAnswerForm(setId: number) {
  return useQuery({
    queryKey: [...INBOX_KEY, setId],
    queryFn: () => api.get<AnswerForm>(`/api/inbox/${setId}`),
    // The form keeps its own state while the rep types; a refetch must not overwrite it.
    refetchOnWindowFocus: false,
  });
}

export function useDealSearch(setId: number, query: string, isEnabled: boolean) {
  return useQuery({
    queryKey: [...INBOX_KEY, setId, 'deals', query],
    queryFn: () =>
      api.get<DealSearch>(`/api/inbox/${setId}/deals${toQuery({ q: query || undefined, limit: 8 })}`),
    enabled: isEnabled,
    staleTime: 30_000,
  });
}

export function useSaveAnswers(setId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: AnswerInput[]) => api.put<AnswerForm>(`/api/inbox/${setId}/answers`, { answers }),
    onSuccess: () => void client.invalidateQueries({ queryKey: INBOX_KEY, exact: true }),
  });
}

export function useSubmitAnswers(setId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: AnswerInput[]) => api.post<AnswerForm>(`/api/inbox/${setId}/submit`, { answers }),
    onSuccess: (form) => {
      client.setQueryData([...INBOX_KEY, setId], form);
      void client.invalidateQueries({ queryKey: INBOX_KEY, exact: true });
    },
  });
}
