/** Scan runs, their forecast snapshots, and the calibration cache the scan reads and fills. */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../../core/calendar.ts';
import { toScopeKey } from '../../core/scope.ts';
import type { Scope, Target } from '../../core/types.ts';
import type { ScanRepository, ScanRunRecord, StoredForecast } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { forEachChunk, nowIso, parseJson, ROWS_PER_INSERT } from './batch.ts';

export function createScanRepository(db: Kysely<Database>) {
  return {
    async start(workspaceId: number, asOf: IsoDate, trigger: string) {
      const row = await db
        .insertInto('scan_runs')
        .values({ workspace_id: workspaceId, as_of: asOf, trigger, status: 'running', started_at: nowIso() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async finish(id: number, status: 'done' | 'failed', stats: Record<string, unknown>) {
      await db
        .updateTable('scan_runs')
        .set({ status, finished_at: nowIso(), stats_json: JSON.stringify(stats) })
        .where('id', '=', id)
        .execute();
    },
    async failInterrupted(workspaceId: number, startedBefore: string) {
      const result = await db
        .updateTable('scan_runs')
        .set({
          status: 'failed',
          finished_at: nowIso(),
          stats_json: JSON.stringify({ error: 'interrupted: the scan process ended before finishing' }),
        })
        .where('workspace_id', '=', workspaceId)
        .where('status', '=', 'running')
        .where('started_at', '<', startedBefore)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    /** Whether a scan started less than `withinMinutes` ago is still running (older ones were interrupted). */
    async isRunning(workspaceId: number, withinMinutes: number): Promise<boolean> {
      const since = new Date(Date.now() - withinMinutes * 60_000).toISOString();
      const row = await db
        .selectFrom('scan_runs')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('status', '=', 'running')
        .where('started_at', '>=', since)
        .executeTakeFirst();
      return row !== undefined;
    },
    async findLatest(workspaceId: number): Promise<ScanRunRecord | null> {
      const row = await db
        .selectFrom('scan_runs')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('status', '=', 'done')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        asOf: row.as_of,
        trigger: row.trigger,
        startedAt: row.started_at,
        finishedAt: row.finished_at,
        stats: parseJson(row.stats_json, {}),
      };
    },
    async saveForecasts(workspaceId: number, scanRunId: number, forecasts: StoredForecast[]) {
      const rows = forecasts.map((forecast) => ({
        workspace_id: workspaceId,
        scan_run_id: scanRunId,
        as_of: forecast.asOf,
        period: forecast.period,
        measure: forecast.measure,
        scope_key: toScopeKey(forecast.scope),
        target: forecast.target,
        booked: forecast.booked,
        p10: forecast.p10,
        p50: forecast.p50,
        p90: forecast.p90,
        p_miss: forecast.pMiss,
        detail_json: JSON.stringify(forecast),
      }));
      await forEachChunk(rows, ROWS_PER_INSERT, async (chunk) => {
        await db.insertInto('forecast_snapshots').values(chunk).execute();
      });
    },
    async listForecasts(workspaceId: number, scanRunId: number): Promise<StoredForecast[]> {
      const rows = await db
        .selectFrom('forecast_snapshots')
        .select('detail_json')
        .where('workspace_id', '=', workspaceId)
        .where('scan_run_id', '=', scanRunId)
        .orderBy('id')
        .execute();
      return rows.map((row) => parseJson(row.detail_json, null)).filter((item) => item !== null);
    },
    async findForecastAsOf(
      workspaceId: number,
      query: { scope: Scope; period: string; measure: Target['measure']; asOfOnOrBefore: IsoDate },
    ): Promise<StoredForecast | null> {
      const row = await db
        .selectFrom('forecast_snapshots')
        .innerJoin('scan_runs', 'scan_runs.id', 'forecast_snapshots.scan_run_id')
        .select('forecast_snapshots.detail_json')
        .where('forecast_snapshots.workspace_id', '=', workspaceId)
        .where('scan_runs.status', '=', 'done')
        .where('forecast_snapshots.scope_key', '=', toScopeKey(query.scope))
        .where('forecast_snapshots.period', '=', query.period)
        .where('forecast_snapshots.measure', '=', query.measure)
        .where('forecast_snapshots.as_of', '<=', query.asOfOnOrBefore)
        .orderBy('forecast_snapshots.as_of', 'desc')
        .orderBy('forecast_snapshots.id', 'desc')
        .executeTakeFirst();
      return row ? parseJson<StoredForecast | null>(row.detail_json, null) : null;
    },
    async loadThresholds(workspaceId: number): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('calibration_cache')
        .select(['cache_key', 'value_json'])
        .where('workspace_id', '=', workspaceId)
        .execute();
      const thresholds: Record<string, number> = {};
      for (const row of rows) {
        const value = parseJson<unknown>(row.value_json, null);
        if (typeof value === 'number' && Number.isFinite(value)) thresholds[row.cache_key] = value;
      }
      return thresholds;
    },
    async saveThresholds(workspaceId: number, thresholds: Record<string, number>) {
      const now = nowIso();
      const rows = Object.entries(thresholds).map(([key, value]) => ({
        workspace_id: workspaceId,
        cache_key: key,
        value_json: JSON.stringify(value),
        created_at: now,
      }));
      await forEachChunk(rows, ROWS_PER_INSERT, async (chunk) => {
        await db
          .insertInto('calibration_cache')
          .values(chunk)
          .onConflict((conflict) => conflict.columns(['workspace_id', 'cache_key']).doNothing())
          .execute();
      });
    },
  } satisfies ScanRepository;
}
