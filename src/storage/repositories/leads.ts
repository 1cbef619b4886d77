import type { Kysely } from 'kysely';
import type { LeadRepository } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { forEachChunk, nowIso, ROWS_PER_INSERT } from './batch.ts';

export function createLeadRepository(db: Kysely<Database>) {
  return {
    async insertMany(workspaceId, leads) {
      const updatedAt = nowIso();
      await forEachChunk(leads, ROWS_PER_INSERT, async (chunk) => {
        await db
          .insertInto('leads')
          .values(
            chunk.map((lead) => ({
              workspace_id: workspaceId,
              external_id: lead.externalId,
              created_on: lead.createdOn,
              channel: lead.channel,
              product_id: lead.productId,
              segment_id: lead.segmentId,
              region_id: lead.regionId,
              status: lead.status,
              converted_on: lead.convertedOn,
              deal_id: lead.dealId,
              updated_at: updatedAt,
            })),
          )
          .execute();
      });
    },
    async list(workspaceId) {
      const rows = await db
        .selectFrom('leads')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        externalId: row.external_id,
        createdOn: row.created_on,
        channel: row.channel,
        productId: row.product_id,
        segmentId: row.segment_id,
        regionId: row.region_id,
        status: row.status,
        convertedOn: row.converted_on,
        dealId: row.deal_id,
      }));
    },
  } satisfies LeadRepository;
}
