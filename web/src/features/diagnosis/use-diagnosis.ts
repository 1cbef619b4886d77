/** Server state of the diagnosis page and of "Texts & codes". */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CodedText,
  CodedTextList,
  CodedTextQuery,
  RelabelBody,
} from '../../../../src/contract/coding.ts';
import type { DiagnosisPage } from '../../../../src/contract/diagnoses.ts';
import { api, toQuery } from '../../api/client.ts';

export function useDiagnosis(requestId: number) {
  return useQuery({
    queryKey: ['diagnosis', requestId],
    queryFn: () => api.get<DiagnosisPage>(`/api/requests/${requestId}/diagnosis`),
  });
}

export function useRecompute(requestId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<DiagnosisPage>(`/api/requests/${requestId}/diagnosis`),
    onSuccess: (page) => client.setQueryData(['diagnosis', requestId], page),
  });
}

export function useCodedTexts(query: CodedTextQuery) {
  return useQuery({
    queryKey: ['texts', query],
    queryFn: () =>
      api.get<CodedTextList>(
        `/api/texts${toQuery({ source: query.source, barrier: query.barrier, q: query.q || undefined, limit: 100 })}`,
      ),
  });
}

export function useRelabel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RelabelBody) => api.put<CodedText>('/api/texts/label', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['texts'] }),
  });
}
