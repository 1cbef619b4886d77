/** Server state for the workspace settings. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SettingsView, UpdateSettings } from '../../../../src/contract/settings.ts';
import { api } from '../../api/client.ts';

const SETTINGS_KEY = ['settings'];

export function useSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api.get<SettingsView>('/api/settings') });
}

export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateSettings) => api.patch<SettingsView>('/api/settings', changes),
    onSuccess: (view) => client.setQueryData(SETTINGS_KEY, view),
  });
}
