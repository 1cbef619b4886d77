import type { Kysely } from 'kysely';
import { toScopeKey } from '../../core/scope.ts';
import type { Scope } from '../../core/types.ts';
import type { MetricRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { forEachChunk, ROWS_PER_INSERT } from './batch.ts';

/** product/segment/region columns of a scoped row; team and owner scopes only exist on targets. */
export function toScopeColumns(scope: Scope) {
  return {
    product_id: scope.product ?? null,
    segment_id: scope.segment ?? null,
    region_id: scope.region ?? null,
  };
}

export function fromScopeColumns(row: {
  product_id: number | null;
  segment_id: number | null;
  region_id: number | null;
}): Scope {
  const scope: Scope = {};
  if (row.product_id !== null) scope.product = row.product_id;
  if (row.segment_id !== null) scope.segment = row.segment_id;
  if (row.region_id !== null) scope.region = row.region_id;
  return scope;
}

export function createMetricRepository(db: Kysely<Database>) {
  return {
    async insertMany(workspaceId, observations) {
      await forEachChunk(observations, ROWS_PER_INSERT, async (chunk) => {
        await db
          .insertInto('metric_observations')
          .values(
            chunk.map((o) => ({
              workspace_id: workspaceId,
              metric_key: o.metricKey,
              observed_on: o.observedOn,
              value: o.value,
              scope_key: toScopeKey(o.scope),
              ...toScopeColumns(o.scope),
            })),
          )
          .onConflict((conflict) =>
            conflict
              .columns(['workspace_id', 'metric_key', 'scope_key', 'observed_on'])
              .doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })),
          )
          .execute();
      });
    },
    async list(workspaceId) {
      const rows = await db
        .selectFrom('metric_observations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('observed_on')
        .execute();
      return rows.map((row) => ({
        metricKey: row.metric_key,
        observedOn: row.observed_on,
        value: row.value,
        scope: fromScopeColumns(row),
      }));
    },
  } satisfies MetricRepository;
}
