/** Server state for alerts, forecasts and scans (the engine's API, src/contract/alerts.ts). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { AlertDetail, AlertList, ForecastList, ScanResult } from '../../../../src/contract/alerts.ts';
import { api, toQuery } from '../../api/client.ts';

const ALERTS_KEY = ['alerts'];
const FORECASTS_KEY = ['forecasts'];

/** While a scan runs, the alert list is asked again this often; when it ends, the forecasts are reloaded too. */
const SCAN_POLL_MS = 3000;

/** Open alerts (every status but dismissed), most severe first; `withDismissed` adds the dismissed ones. */
export function useAlerts({ withDismissed = false } = {}) {
  const client = useQueryClient();
  const query = withDismissed
    ? '?status=new&status=acknowledged&status=support_requested&status=dismissed'
    : '';
  const result = useQuery({
    queryKey: [...ALERTS_KEY, { withDismissed }],
    queryFn: () => api.get<AlertList>(`/api/alerts${query}`),
    refetchInterval: (current) => (current.state.data?.isScanRunning ? SCAN_POLL_MS : false),
  });
  const isRunning = result.data?.isScanRunning;
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && isRunning === false) void client.invalidateQueries({ queryKey: FORECASTS_KEY });
    wasRunning.current = isRunning === true;
  }, [isRunning, client]);
  return result;
}

export function useAlert(id: number) {
  return useQuery({
    queryKey: [...ALERTS_KEY, id],
    queryFn: () => api.get<AlertDetail>(`/api/alerts/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useForecasts(period?: string) {
  return useQuery({
    queryKey: [...FORECASTS_KEY, period ?? 'current'],
    queryFn: () => api.get<ForecastList>(`/api/forecasts${toQuery({ period })}`),
  });
}

function useAlertMutation<V>(request: (variables: V) => Promise<AlertDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (detail) => {
      client.setQueryData([...ALERTS_KEY, detail.id], detail);
      return client.invalidateQueries({ queryKey: ALERTS_KEY, exact: false });
    },
  });
}

export function useAcknowledgeAlert() {
  return useAlertMutation((id: number) => api.post<AlertDetail>(`/api/alerts/${id}/acknowledge`));
}

export function useDismissAlert() {
  return useAlertMutation(({ id, reason }: { id: number; reason: string }) =>
    api.post<AlertDetail>(`/api/alerts/${id}/dismiss`, { reason }),
  );
}

export function useRunScan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ScanResult>('/api/scans'),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ALERTS_KEY }),
        client.invalidateQueries({ queryKey: FORECASTS_KEY }),
      ]),
  });
}
