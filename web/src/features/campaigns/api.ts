import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BriefDiff,
  CampaignComment,
  CampaignDetail,
  CampaignList,
  EvaluationView,
  LaunchBody,
  Tracking,
} from '../../../../src/contract/campaigns.ts';
import type { BriefContent } from '../../../../src/core/brief/types.ts';
import { api } from '../../api/client.ts';

export const useCampaigns = () =>
  useQuery({ queryKey: ['campaigns'], queryFn: () => api.get<CampaignList>('/api/campaigns') });

export const useCampaign = (id: number) =>
  useQuery({ queryKey: ['campaigns', id], queryFn: () => api.get<CampaignDetail>(`/api/campaigns/${id}`) });

export const useComments = (id: number) =>
  useQuery({
    queryKey: ['campaigns', id, 'comments'],
    queryFn: () => api.get<{ items: CampaignComment[] }>(`/api/campaigns/${id}/comments`),
  });

export const useDiff = (id: number, from: number, to: number) =>
  useQuery({
    queryKey: ['campaigns', id, 'diff', from, to],
    queryFn: () => api.get<BriefDiff>(`/api/campaigns/${id}/diff?from=${from}&to=${to}`),
    enabled: from > 0 && to > from,
  });

export const useTracking = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: ['campaigns', id, 'tracking'],
    queryFn: () => api.get<Tracking>(`/api/campaigns/${id}/tracking`),
    enabled,
  });

export const useEvaluation = (id: number, locale: string) =>
  useQuery({
    queryKey: ['campaigns', id, 'evaluation', locale],
    queryFn: () =>
      api.get<{ evaluation: EvaluationView | null }>(`/api/campaigns/${id}/evaluation?locale=${locale}`),
  });

/** A write on the campaign; everything about it is reloaded afterwards. */
export function useCampaignAction<B, R>(id: number, run: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['campaigns', id] }),
  });
}

export const campaignWrites = (id: number) => ({
  save: (body: { baseVersion: number; brief: BriefContent }) =>
    api.put<CampaignDetail>(`/api/campaigns/${id}/brief`, body),
  approve: () => api.post<CampaignDetail>(`/api/campaigns/${id}/approve`),
  launch: (body: LaunchBody) => api.post<CampaignDetail>(`/api/campaigns/${id}/launch`, body),
  recompute: () => api.post<{ changes: unknown[] }>(`/api/campaigns/${id}/recompute`),
  comment: (body: { body: string }) => api.post<CampaignComment>(`/api/campaigns/${id}/comments`, body),
  evaluate: (body: { locale: string }) => api.post<EvaluationView>(`/api/campaigns/${id}/evaluate`, body),
});
