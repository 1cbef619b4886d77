/** Server state for support requests: list, draft, detail, changes, comments, question sets. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QuestionList } from '../../../../src/contract/questions.ts';
import type {
  CommentView,
  CreateRequest,
  QuestionSetProposal,
  RequestDetail,
  RequestDraft,
  RequestList,
  SendQuestionSet,
  UpdateRequest,
} from '../../../../src/contract/requests.ts';
import type { RequestStatus } from '../../../../src/core/types.ts';
import { api, toQuery } from '../../api/client.ts';

const REQUESTS_KEY = ['requests'];

export function useRequestList(filter: { status?: RequestStatus; isMine: boolean }) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, 'list', filter],
    queryFn: () =>
      api.get<RequestList>(
        `/api/requests${toQuery({ status: filter.status, mine: filter.isMine || undefined })}`,
      ),
  });
}

export function useRequestDraft(alertId: number | null) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, 'draft', alertId],
    queryFn: () => api.get<RequestDraft>(`/api/requests/draft${toQuery({ alert: alertId })}`),
  });
}

export function useCreateRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRequest) => api.post<RequestDetail>('/api/requests', body),
    onSuccess: () => client.invalidateQueries({ queryKey: REQUESTS_KEY }),
  });
}

export function useRequest(id: number) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, 'detail', id],
    queryFn: () => api.get<RequestDetail>(`/api/requests/${id}`),
  });
}

export function useUpdateRequest(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateRequest) => api.patch<RequestDetail>(`/api/requests/${id}`, body),
    onSuccess: (detail) => {
      client.setQueryData([...REQUESTS_KEY, 'detail', id], detail);
      void client.invalidateQueries({ queryKey: [...REQUESTS_KEY, 'list'] });
    },
  });
}

export function useAddComment(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<CommentView>(`/api/requests/${id}/comments`, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...REQUESTS_KEY, 'detail', id] }),
  });
}

export function useProposal(id: number, isEnabled: boolean) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, 'proposal', id],
    queryFn: () => api.get<QuestionSetProposal>(`/api/requests/${id}/question-set-proposal`),
    enabled: isEnabled,
    // A proposal is a starting point the builder copies once; refetching would not change the builder.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCatalogue(isEnabled: boolean) {
  return useQuery({
    queryKey: ['questions', 'list', false],
    queryFn: () => api.get<QuestionList>('/api/questions'),
    enabled: isEnabled,
  });
}

export function useSendQuestionSet(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SendQuestionSet) =>
      api.post<{ id: number }>(`/api/requests/${id}/question-sets`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: REQUESTS_KEY }),
  });
}
