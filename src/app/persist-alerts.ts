/**
 * Writes a scan's alert candidates: one alert per scope and cause and episode. A later scan of the same
 * episode updates the evidence and keeps status and first detection (a dismissed alert stays dismissed); an
 * alarm well after the last one (a new episode) opens a new alert. New alerts of medium or high severity
 * notify admins and sales managers in the same transaction.
 */
import type { AlertCandidate, AlertRecord } from '../core/alerts.ts';
import { addDays, type IsoDate } from '../core/calendar.ts';
import { EPISODE_GAP_WEEKS } from '../core/detect/shift-report.ts';
import { getIndicatorLabel } from '../core/labels.ts';
import { describeScope } from '../core/scan/scope-names.ts';
import type { Dimensions } from '../core/types.ts';
import type { Storage } from '../storage/port.ts';
import { notify } from './notify.ts';

const NOTIFIED_ROLES = new Set(['admin', 'sales_manager']);

/** The stored dedupe key for a candidate: its cause plus the episode it belongs to. */
export function resolveDedupeKey(candidate: AlertCandidate, existing: readonly AlertRecord[]): string {
  const base = candidate.dedupeKey;
  const same = existing
    .filter((alert) => alert.dedupeKey === base || alert.dedupeKey.startsWith(`${base}#`))
    .sort((a, b) => b.id - a.id);
  const latest = same[0];
  const fresh = `${base}#${candidate.firstDetectedOn}`;
  if (!latest) return fresh;
  const isNewEpisode = candidate.firstDetectedOn > addDays(latest.asOf, 7 * EPISODE_GAP_WEEKS);
  return isNewEpisode ? fresh : latest.dedupeKey;
}

export function describeAlertHeadline(candidate: AlertCandidate, dimensions: Dimensions): string {
  const scope = describeScope(candidate.scope, dimensions) || 'All';
  if (candidate.kind === 'forecast_gap' && candidate.forecast) {
    const pMiss = Math.round(candidate.forecast.pMiss * 100);
    return `${scope}: ${candidate.forecast.period} target at risk (P(miss) ${pMiss} %)`;
  }
  const change =
    candidate.changePct === null ? '' : ` ${candidate.changePct > 0 ? '+' : ''}${candidate.changePct} %`;
  return `${scope}: ${getIndicatorLabel(candidate.indicator, 'en')}${change} since ${candidate.changeStartOn ?? ''}`;
}

export interface PersistAlertsInput {
  storage: Storage;
  workspaceId: number;
  asOf: IsoDate;
  candidates: AlertCandidate[];
  dimensions: Dimensions;
}

export async function persistAlerts(input: PersistAlertsInput) {
  const { storage, workspaceId } = input;
  const existing = await storage.alerts.list(workspaceId);
  const keyed = input.candidates.map((candidate) => ({
    ...candidate,
    dedupeKey: resolveDedupeKey(candidate, existing),
  }));
  const written = await storage.alerts.upsertFromScan(workspaceId, input.asOf, keyed);
  const idByKey = new Map(
    (await storage.alerts.list(workspaceId, { ids: [...written.created, ...written.updated] })).map(
      (alert) => [alert.dedupeKey, alert.id],
    ),
  );
  /** Stored ids in candidate order. */
  const ids = keyed.map((candidate) => idByKey.get(candidate.dedupeKey) ?? 0);
  const result = { ...written, ids };
  if (result.created.length === 0) return result;
  const users = await storage.users.list(workspaceId);
  const recipients = users
    .filter((user) => user.isActive && NOTIFIED_ROLES.has(user.role))
    .map((user) => user.id);
  if (recipients.length === 0) return result;
  const createdAlerts = await storage.alerts.list(workspaceId, { ids: result.created });
  for (const alert of createdAlerts) {
    if (alert.severity === 'low') continue;
    await notify(storage, {
      workspaceId,
      recipients,
      kind: 'alert_new',
      params: {
        scope: describeScope(alert.scope, input.dimensions) || 'All',
        headline: describeAlertHeadline(alert, input.dimensions),
      },
      link: `/alerts/${alert.id}`,
      dedupeKey: `alert_new:alert:${alert.id}`,
    });
  }
  return result;
}
