import type { Kysely } from 'kysely';
import { parsePeriodKey } from '../../core/calendar.ts';
import { AppError } from '../../core/errors.ts';
import { toScopeKey } from '../../core/scope.ts';
import { withDefaultSettings } from '../../core/settings.ts';
import type { TargetMeasure } from '../../core/types.ts';
import type { TargetRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { forEachChunk, nowIso, parseJson, ROWS_PER_INSERT } from './batch.ts';
import { fromScopeColumns, toScopeColumns } from './metrics.ts';

export function createTargetRepository(db: Kysely<Database>) {
  async function loadCalendar(workspaceId: number) {
    const row = await db
      .selectFrom('workspaces')
      .select('settings_json')
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    return {
      fiscalYearStartMonth: withDefaultSettings(parseJson(row?.settings_json ?? '{}', {}))
        .fiscalYearStartMonth,
    };
  }

  return {
    async upsertMany(workspaceId, targets) {
      const updatedAt = nowIso();
      const calendar = await loadCalendar(workspaceId);
      await forEachChunk(targets, ROWS_PER_INSERT, async (chunk) => {
        const rows = chunk.map((target) => {
          const period = parsePeriodKey(target.period, calendar);
          if (!period) throw new AppError('VALIDATION', `Bad target period "${target.period}"`);
          return {
            workspace_id: workspaceId,
            period: period.key,
            period_start_on: period.start,
            period_end_on: period.end,
            measure: target.measure,
            scope_key: toScopeKey(target.scope),
            ...toScopeColumns(target.scope),
            team_id: target.scope.team ?? null,
            owner_id: target.scope.owner ?? null,
            value: target.value,
            updated_at: updatedAt,
          };
        });
        await db
          .insertInto('targets')
          .values(rows)
          .onConflict((conflict) =>
            conflict.columns(['workspace_id', 'period', 'measure', 'scope_key']).doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
      });
    },
    async list(workspaceId) {
      const rows = await db
        .selectFrom('targets')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('period_start_on')
        .orderBy('scope_key')
        .execute();
      return rows.map((row) => {
        const scope = fromScopeColumns(row);
        if (row.team_id !== null) scope.team = row.team_id;
        if (row.owner_id !== null) scope.owner = row.owner_id;
        return {
          id: row.id,
          period: row.period,
          measure: row.measure as TargetMeasure,
          scope,
          value: row.value,
        };
      });
    },
  } satisfies TargetRepository;
}
