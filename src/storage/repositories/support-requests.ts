import type { Kysely, Selectable } from 'kysely';
import type { RequestEvidence } from '../../core/requests/evidence.ts';
import { parseScopeKey, toScopeKey } from '../../core/scope.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../core/types.ts';
import type { SupportRequestRecord, SupportRequestRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { parseJson } from './batch.ts';

type RequestRow = Selectable<Database['support_requests']>;

function toStatus(value: string): RequestStatus {
  return REQUEST_STATUSES.find((status) => status === value) ?? 'requested';
}

function toRequest(row: RequestRow, alertIds: number[]): SupportRequestRecord {
  const scope = parseScopeKey(row.scope_key);
  const evidence = parseJson<RequestEvidence | null>(row.evidence_json, null);
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    title: row.title,
    scope,
    evidence: evidence ?? {
      asOf: row.created_at.slice(0, 10),
      scope,
      scopeNames: {},
      alert: null,
      aidaStage: null,
      forecast: null,
      weeksLeft: null,
      drivers: [],
      reasonShifts: [],
      suggestedQuestions: [],
    },
    requestedBy: row.requested_by,
    marketingOwnerId: row.marketing_owner_id,
    dueOn: row.due_on,
    status: toStatus(row.status),
    alertIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createSupportRequestRepository(db: Kysely<Database>) {
  async function withAlerts(rows: RequestRow[]): Promise<SupportRequestRecord[]> {
    if (rows.length === 0) return [];
    const links = await db
      .selectFrom('support_request_alerts')
      .select(['request_id', 'alert_id'])
      .where(
        'request_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('alert_id')
      .execute();
    return rows.map((row) =>
      toRequest(
        row,
        links.filter((link) => link.request_id === row.id).map((link) => link.alert_id),
      ),
    );
  }

  async function find(workspaceId: number, id: number) {
    const row = await db
      .selectFrom('support_requests')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? ((await withAlerts([row]))[0] ?? null) : null;
  }

  return {
    find,
    async insert(workspaceId, request) {
      const row = await db
        .insertInto('support_requests')
        .values({
          workspace_id: workspaceId,
          title: request.title,
          scope_key: toScopeKey(request.evidence.scope),
          evidence_json: JSON.stringify(request.evidence),
          requested_by: request.requestedBy,
          marketing_owner_id: request.marketingOwnerId,
          due_on: request.dueOn,
          status: 'requested',
          created_at: request.createdAt,
          updated_at: request.createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      for (const alertId of new Set(request.alertIds)) {
        await db
          .insertInto('support_request_alerts')
          .values({ request_id: row.id, alert_id: alertId })
          .execute();
      }
      return toRequest(
        row,
        [...new Set(request.alertIds)].sort((a, b) => a - b),
      );
    },
    async list(workspaceId, filter = {}) {
      let query = db.selectFrom('support_requests').selectAll().where('workspace_id', '=', workspaceId);
      if (filter.statuses?.length) query = query.where('status', 'in', filter.statuses);
      return withAlerts(await query.orderBy('id', 'desc').execute());
    },
    async listForAlert(workspaceId, alertId) {
      const rows = await db
        .selectFrom('support_requests')
        .innerJoin('support_request_alerts', 'support_request_alerts.request_id', 'support_requests.id')
        .selectAll('support_requests')
        .where('support_requests.workspace_id', '=', workspaceId)
        .where('support_request_alerts.alert_id', '=', alertId)
        .where('support_requests.status', '!=', 'closed')
        .orderBy('support_requests.id', 'desc')
        .execute();
      return withAlerts(rows);
    },
    async update(workspaceId, id, changes) {
      const result = await db
        .updateTable('support_requests')
        .set({
          ...(changes.title !== undefined ? { title: changes.title } : {}),
          ...(changes.marketingOwnerId !== undefined ? { marketing_owner_id: changes.marketingOwnerId } : {}),
          ...(changes.dueOn !== undefined ? { due_on: changes.dueOn } : {}),
          ...(changes.status !== undefined ? { status: changes.status } : {}),
          updated_at: changes.updatedAt,
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 0 ? null : find(workspaceId, id);
    },
  } satisfies SupportRequestRepository;
}
