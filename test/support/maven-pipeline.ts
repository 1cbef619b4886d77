/**
 * The Maven CRM pipeline (../shared/data/maven-crm-sales-opportunities) as a PipelineHistory, for tests and the
 * forecast benchmark. Mapping: engage_date → created (and the entry into "Engaging"), close_date → closed (and
 * the Won/Lost change); owner = sales agent, team = manager, region = regional office, product as spelled in
 * products.csv. Open deals have no close value, so their amount is the product's list price. Prospecting rows
 * have no date at all: they cannot be placed in time and are left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { PipelineHistory } from '../../src/core/forecast/as-of.ts';
import type { Deal, DimensionValue, Owner, StageChange, StageDefinition } from '../../src/core/types.ts';

export const MAVEN_STAGES: StageDefinition[] = [
  { name: 'Prospecting', position: 1, defaultProbability: 0.1 },
  { name: 'Engaging', position: 2, defaultProbability: 0.4 },
  { name: 'Won', position: 3, defaultProbability: 1 },
  { name: 'Lost', position: 4, defaultProbability: 0 },
];

export interface MavenPipeline {
  history: PipelineHistory;
  owners: Owner[];
  products: DimensionValue[];
  regions: DimensionValue[];
}

function readCsv(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

function createNamer(): { idOf: (name: string) => number; values: DimensionValue[] } {
  const values: DimensionValue[] = [];
  const ids = new Map<string, number>();
  return {
    values,
    idOf(name) {
      let id = ids.get(name);
      if (id === undefined) {
        id = values.length + 1;
        ids.set(name, id);
        values.push({ id, name });
      }
      return id;
    },
  };
}

/** Reads the Maven CSVs from `directory` into a pipeline history. */
export function loadMavenPipeline(directory: string): MavenPipeline {
  const products = createNamer();
  const regions = createNamer();
  const agents = createNamer();
  const managers = createNamer();
  const prices = new Map(
    readCsv(join(directory, 'products.csv')).map((row) => [row.product, Number(row.sales_price)]),
  );
  const teams = new Map(readCsv(join(directory, 'sales_teams.csv')).map((row) => [row.sales_agent, row]));
  const deals: Deal[] = [];
  const stageChanges: StageChange[] = [];
  for (const row of readCsv(join(directory, 'sales_pipeline.csv'))) {
    if (!row.engage_date) continue;
    const product = row.product === 'GTXPro' ? 'GTX Pro' : (row.product ?? '');
    const team = teams.get(row.sales_agent ?? '');
    const outcome = row.deal_stage === 'Won' ? 'won' : row.deal_stage === 'Lost' ? 'lost' : 'open';
    const id = deals.length + 1;
    const amount = row.close_value ? Number(row.close_value) : (prices.get(product) ?? 0);
    deals.push({
      id,
      externalId: row.opportunity_id ?? String(id),
      name: row.opportunity_id ?? String(id),
      account: row.account || null,
      productId: products.idOf(product),
      segmentId: null,
      regionId: team ? regions.idOf(team.regional_office ?? '') : null,
      ownerId: agents.idOf(row.sales_agent ?? ''),
      amountCents: Math.round(amount * 100),
      currency: 'USD',
      stage: row.deal_stage ?? 'Engaging',
      outcome,
      createdOn: row.engage_date,
      expectedCloseOn: null,
      closedOn: outcome === 'open' ? null : (row.close_date ?? null),
      lostReason: null,
      lostBarrier: null,
      competitor: null,
      isRenewal: false,
      leadSource: null,
    });
    stageChanges.push({ dealId: id, stage: 'Engaging', changedOn: row.engage_date });
    if (outcome !== 'open' && row.close_date)
      stageChanges.push({ dealId: id, stage: row.deal_stage ?? '', changedOn: row.close_date });
  }
  const owners: Owner[] = agents.values.map((agent) => {
    const manager = teams.get(agent.name)?.manager;
    return { ...agent, teamId: manager ? managers.idOf(manager) : null, userId: null };
  });
  return {
    history: { deals, stageChanges, leads: [], metrics: [], stages: MAVEN_STAGES },
    owners,
    products: products.values,
    regions: regions.values,
  };
}
