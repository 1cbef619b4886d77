import { changeAlertStatus } from '../../app/change-alert-status.ts';
import { getAlert } from '../../app/get-alert.ts';
import { getForecasts } from '../../app/get-forecasts.ts';
import { listAlerts } from '../../app/list-alerts.ts';
import { runScan } from '../../app/run-scan.ts';
import { idParamsSchema } from '../../contract/accounts.ts';
import {
  alertDetailSchema,
  alertListQuerySchema,
  alertListSchema,
  dismissAlertSchema,
  forecastListSchema,
  forecastQuerySchema,
  runScanSchema,
  scanResultSchema,
} from '../../contract/alerts.ts';
import { countScanAlerts } from '../../metrics.ts';
import { defineRoute } from '../route.ts';
import { todayIso } from '../today.ts';

const read = { resource: 'alerts', action: 'read' } as const;
const write = { resource: 'alerts', action: 'write' } as const;
const tags = ['alerts'];

export const alertRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/alerts',
    permission: read,
    summary: 'Alerts, most severe first, with weeks left (default: all but dismissed)',
    tags,
    query: alertListQuerySchema,
    response: alertListSchema,
    async handler({ ctx, principal, query }) {
      return listAlerts({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        statuses: query.status,
        severities: query.severity,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/alerts/:id',
    permission: read,
    summary: 'One alert with drivers, waterfall, reason shift, questions and the indicator chart',
    tags,
    params: idParamsSchema,
    response: alertDetailSchema,
    async handler({ ctx, principal, params }) {
      return getAlert({ storage: ctx.storage, workspaceId: principal.workspaceId, id: params.id });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/alerts/:id/acknowledge',
    permission: write,
    summary: 'Acknowledge an alert',
    tags,
    params: idParamsSchema,
    response: alertDetailSchema,
    async handler({ ctx, principal, params }) {
      return changeAlertStatus({
        storage: ctx.storage,
        actor: principal,
        id: params.id,
        status: 'acknowledged',
        reason: null,
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/alerts/:id/dismiss',
    permission: write,
    summary: 'Dismiss an alert with a reason (it stays dismissed for this episode)',
    tags,
    params: idParamsSchema,
    body: dismissAlertSchema,
    response: alertDetailSchema,
    async handler({ ctx, principal, params, body }) {
      return changeAlertStatus({
        storage: ctx.storage,
        actor: principal,
        id: params.id,
        status: 'dismissed',
        reason: body.reason,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/forecasts',
    permission: { resource: 'cockpit', action: 'read' },
    summary: 'Attainment forecast per scope with a target: P10/P50/P90, P(miss), fan chart by week',
    tags,
    query: forecastQuerySchema,
    response: forecastListSchema,
    async handler({ ctx, principal, query }) {
      return getForecasts({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        asOf: query.asOf ?? todayIso(),
        period: query.period,
        isLatest: query.asOf === undefined,
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/scans',
    permission: write,
    summary: 'Run a scan now (as of today, or a given date to replay history)',
    tags,
    body: runScanSchema,
    response: scanResultSchema,
    async handler({ ctx, principal, body }) {
      const result = await runScan({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        asOf: body.asOf ?? todayIso(),
        trigger: 'manual',
      });
      countScanAlerts(result.output.candidates);
      const { output: _output, dimensions: _dimensions, alertIds: _ids, ...summary } = result;
      return summary;
    },
  }),
];
