import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { sharedDataFile } from '../../test/support/environment.ts';
import { createWorkspace, runImport } from '../../test/support/import.ts';
import { mappingSchema } from '../import/mapping.ts';
import { createStorage } from '../storage/storage.ts';

const maven = sharedDataFile('maven-crm-sales-opportunities/sales_pipeline.csv');
const olistDeals = sharedDataFile('olist-marketing-funnel/olist_closed_deals_dataset.csv');
const olistLeads = sharedDataFile('olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv');

function readMapping(name: string) {
  return mappingSchema.parse(
    JSON.parse(readFileSync(resolve(import.meta.dirname, '../../mappings', name), 'utf8')),
  );
}

describeEachEngine('real data imports', (get) => {
  it.skipIf(!maven)(
    'imports the Maven CRM pipeline with regions and teams from sales_teams.csv',
    async () => {
      const workspaceId = await createWorkspace(get());
      const summary = await runImport(get(), maven!, {
        workspaceId,
        mapping: readMapping('maven-crm.json'),
        asOf: '2017-12-31',
      });
      expect(summary).toMatchObject({ status: 'done', rows: 8800, inserted: 8800, rejected: 0 });
      const storage = createStorage(get().database);
      const deals = await storage.deals.list(workspaceId);
      const count = (outcome: string) => deals.filter((deal) => deal.outcome === outcome).length;
      expect([count('won'), count('lost'), count('open')]).toEqual([4238, 2473, 2089]);
      const dimensions = await storage.dimensions.list(workspaceId);
      expect(dimensions.products.map((p) => p.name)).toContain('GTX Pro');
      expect(dimensions.products.map((p) => p.name)).not.toContain('GTXPro');
      expect(dimensions.regions.map((r) => r.name).sort()).toEqual(['Central', 'East', 'West']);
      expect(dimensions.teams).toHaveLength(6);
      expect(dimensions.owners).toHaveLength(30);
      expect(dimensions.owners.every((owner) => owner.teamId !== null)).toBe(true);
      expect(dimensions.segments.map((s) => s.name)).toContain('technology');
      const again = await runImport(get(), maven!, {
        workspaceId,
        mapping: readMapping('maven-crm.json'),
        asOf: '2018-01-07',
      });
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 8800 });
    },
  );

  it.skipIf(!olistDeals || !olistLeads)(
    'imports the Olist funnel as won deals and linked leads',
    async () => {
      const workspaceId = await createWorkspace(get());
      const deals = await runImport(get(), olistDeals!, {
        workspaceId,
        mapping: readMapping('olist-deals.json'),
        asOf: '2018-12-31',
      });
      expect(deals).toMatchObject({ status: 'done', rows: 842, inserted: 842, rejected: 0 });
      const leads = await runImport(get(), olistLeads!, {
        workspaceId,
        kind: 'leads',
        mapping: readMapping('olist-leads.json'),
        asOf: '2018-12-31',
      });
      expect(leads).toMatchObject({ status: 'done', rows: 8000, inserted: 8000, rejected: 0 });
      const stored = await createStorage(get().database).leads.list(workspaceId);
      expect(stored.filter((lead) => lead.dealId !== null)).toHaveLength(842);
      expect(stored.filter((lead) => lead.status === 'converted')).toHaveLength(842);
      expect(new Set(stored.map((lead) => lead.channel))).toContain('paid_search');
    },
  );
});
