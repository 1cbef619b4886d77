import { compareCandidates } from '../core/scan/shift-candidates.ts';
import type { AlertStatus, Severity } from '../core/types.ts';
import type { Storage } from '../storage/port.ts';
import { toAlertSummary } from './alert-view.ts';
import { SCAN_STALE_AFTER_MS } from './run-scan.ts';

export interface ListAlertsInput {
  storage: Storage;
  workspaceId: number;
  /** Default: every status but dismissed. */
  statuses?: AlertStatus[];
  severities?: Severity[];
}

/** Alerts most severe first (then the bigger risk), with scope names and weeks left. */
export async function listAlerts(input: ListAlertsInput) {
  const { storage, workspaceId } = input;
  const workspace = await storage.workspaces.get(workspaceId);
  const statuses = input.statuses ?? (['new', 'acknowledged', 'support_requested'] as AlertStatus[]);
  const [alerts, dimensions, latest, isScanRunning] = await Promise.all([
    storage.alerts.list(workspaceId, { statuses }),
    storage.dimensions.list(workspaceId),
    storage.scans.findLatest(workspaceId),
    storage.scans.isRunning(workspaceId, SCAN_STALE_AFTER_MS / 60_000),
  ]);
  const severities = input.severities;
  const items = alerts
    .filter((alert) => !severities || severities.includes(alert.severity))
    .sort(compareCandidates)
    .map((alert) => toAlertSummary(alert, dimensions, workspace.settings.fiscalYearStartMonth));
  return { items, lastScanAsOf: latest?.asOf ?? null, isScanRunning };
}
