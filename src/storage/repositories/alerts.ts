import type { Kysely, Selectable } from 'kysely';
import type { AlertCandidate, AlertRecord } from '../../core/alerts.ts';
import type { IsoDate } from '../../core/calendar.ts';
import { AppError } from '../../core/errors.ts';
import { parseScopeKey, toScopeKey } from '../../core/scope.ts';
import type { AidaStage, AlertKind, AlertStatus, Severity } from '../../core/types.ts';
import type { AlertFilter, AlertRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { nowIso, parseJson } from './batch.ts';

type AlertRow = Selectable<Database['alerts']>;

function toAlert(row: AlertRow): AlertRecord {
  return {
    id: row.id,
    kind: row.kind as AlertKind,
    dedupeKey: row.dedupe_key,
    scope: parseScopeKey(row.scope_key),
    indicator: row.indicator,
    severity: row.severity as Severity,
    aidaStage: row.aida_stage as AidaStage | null,
    asOf: row.as_of,
    firstDetectedOn: row.first_detected_on,
    changeStartOn: row.change_start_on,
    changePct: row.change_pct,
    forecast: row.forecast_json ? parseJson(row.forecast_json, null) : null,
    drivers: parseJson(row.drivers_json, []),
    explanation: parseJson(row.explanation_json, {
      waterfall: null,
      reasonShifts: [],
      suggestedQuestions: [],
      series: [],
      relatedIndicators: [],
    }),
    status: row.status as AlertStatus,
    statusReason: row.status_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The evidence columns a scan writes; status and first detection belong to the alert's history. */
function evidenceColumns(candidate: AlertCandidate, asOf: IsoDate) {
  return {
    as_of: asOf,
    severity: candidate.severity,
    aida_stage: candidate.aidaStage,
    change_start_on: candidate.changeStartOn,
    change_pct: candidate.changePct,
    forecast_json: candidate.forecast ? JSON.stringify(candidate.forecast) : null,
    drivers_json: JSON.stringify(candidate.drivers),
    explanation_json: JSON.stringify(candidate.explanation),
  };
}

export function createAlertRepository(db: Kysely<Database>) {
  return {
    async upsertFromScan(workspaceId, asOf, candidates) {
      const created: number[] = [];
      const updated: number[] = [];
      const now = nowIso();
      for (const candidate of candidates) {
        const existing = await db
          .selectFrom('alerts')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('dedupe_key', '=', candidate.dedupeKey)
          .executeTakeFirst();
        if (existing) {
          await db
            .updateTable('alerts')
            .set({ ...evidenceColumns(candidate, asOf), updated_at: now })
            .where('id', '=', existing.id)
            .execute();
          updated.push(existing.id);
          continue;
        }
        const row = await db
          .insertInto('alerts')
          .values({
            workspace_id: workspaceId,
            kind: candidate.kind,
            dedupe_key: candidate.dedupeKey,
            scope_key: toScopeKey(candidate.scope),
            indicator: candidate.indicator,
            first_detected_on: candidate.firstDetectedOn,
            ...evidenceColumns(candidate, asOf),
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        created.push(row.id);
      }
      return { created, updated };
    },
    async list(workspaceId, filter: AlertFilter = {}) {
      let query = db.selectFrom('alerts').selectAll().where('workspace_id', '=', workspaceId);
      if (filter.statuses?.length) query = query.where('status', 'in', filter.statuses);
      if (filter.ids?.length) query = query.where('id', 'in', filter.ids);
      const rows = await query.orderBy('id', 'desc').execute();
      return rows.map(toAlert);
    },
    async get(workspaceId, id) {
      const row = await db
        .selectFrom('alerts')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', `Alert ${id} not found`);
      return toAlert(row);
    },
    async setStatus(workspaceId, id, change) {
      const result = await db
        .updateTable('alerts')
        .set({
          status: change.status,
          status_reason: change.reason,
          status_changed_by: change.userId,
          updated_at: nowIso(),
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new AppError('NOT_FOUND', `Alert ${id} not found`);
    },
  } satisfies AlertRepository;
}
