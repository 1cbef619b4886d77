/**
 * Creates the demo workspace: generates Lindenau Sensortechnik's data for a seed and as-of date and stores all of
 * it through the storage port in one transaction (nothing half-written). Lost reasons are coded to barriers by the
 * same lexicon coder an import uses; the generator's own truth is never stored.
 */
import type { IsoDate } from '../core/calendar.ts';
import { type BarrierCoder, createBarrierCoder } from '../core/coding/code-text.ts';
import { AppError } from '../core/errors.ts';
import type { DimensionKey, Scope } from '../core/types.ts';
import { COMPANY } from '../demo/company.ts';
import { generateDemo } from '../demo/generate.ts';
import type { DemoCampaign, DemoData, DemoDeal, DemoLead, DemoScope } from '../demo/types.ts';
import type { NewDeal, NewLead, Storage } from '../storage/port.ts';

export interface DemoWriteCounts {
  deals: number;
  stageChanges: number;
  leads: number;
  metrics: number;
  targets: number;
  campaigns: number;
}

export interface DemoWriteResult {
  workspaceId: number;
  counts: DemoWriteCounts;
}

type IdsByName = Record<Exclude<DimensionKey, 'owner'>, Map<string, number>> & { owner: Map<string, number> };

async function ensureDimensions(storage: Storage, workspaceId: number, data: DemoData): Promise<IdsByName> {
  const ensureAll = async (key: DimensionKey, names: readonly string[]) => {
    const ids = new Map<string, number>();
    for (const name of names) ids.set(name, await storage.dimensions.ensure(workspaceId, key, name));
    return ids;
  };
  const ids: IdsByName = {
    product: await ensureAll('product', data.dimensions.products),
    segment: await ensureAll('segment', data.dimensions.segments),
    region: await ensureAll('region', data.dimensions.regions),
    team: await ensureAll('team', data.dimensions.teams),
    owner: await ensureAll(
      'owner',
      data.dimensions.owners.map((owner) => owner.name),
    ),
  };
  for (const owner of data.dimensions.owners) {
    const teamId = ids.team.get(owner.team) ?? null;
    await storage.dimensions.assignOwner(workspaceId, ids.owner.get(owner.name)!, { teamId });
  }
  return ids;
}

function idOf(ids: Map<string, number>, name: string, what: string): number {
  const id = ids.get(name);
  if (id === undefined) throw new AppError('INTERNAL', `Demo data names an unknown ${what} "${name}"`);
  return id;
}

function toScope(ids: IdsByName, scope: DemoScope): Scope {
  const result: Scope = {};
  if (scope.product !== undefined) result.product = idOf(ids.product, scope.product, 'product');
  if (scope.segment !== undefined) result.segment = idOf(ids.segment, scope.segment, 'segment');
  if (scope.region !== undefined) result.region = idOf(ids.region, scope.region, 'region');
  return result;
}

function toNewDeal(ids: IdsByName, deal: DemoDeal, coder: BarrierCoder): NewDeal {
  const code = deal.lostReason ? coder.code(deal.lostReason) : null;
  return {
    externalId: deal.externalId,
    name: deal.name,
    account: deal.account,
    productId: idOf(ids.product, deal.product, 'product'),
    segmentId: idOf(ids.segment, deal.segment, 'segment'),
    regionId: idOf(ids.region, deal.region, 'region'),
    ownerId: idOf(ids.owner, deal.owner, 'owner'),
    amountCents: deal.amountCents,
    currency: deal.currency,
    stage: deal.stage,
    outcome: deal.outcome,
    createdOn: deal.createdOn,
    expectedCloseOn: deal.expectedCloseOn,
    closedOn: deal.closedOn,
    lostReason: deal.lostReason,
    lostBarrier: code && code.barrier !== 'unknown' ? code.barrier : null,
    competitor: deal.competitor,
    isRenewal: deal.isRenewal,
    leadSource: deal.leadSource,
  };
}

function toNewLead(ids: IdsByName, dealIds: Map<string, number>, lead: DemoLead): NewLead {
  return {
    externalId: lead.externalId,
    createdOn: lead.createdOn,
    channel: lead.channel,
    productId: idOf(ids.product, lead.product, 'product'),
    segmentId: idOf(ids.segment, lead.segment, 'segment'),
    regionId: idOf(ids.region, lead.region, 'region'),
    status: lead.status,
    convertedOn: lead.convertedOn,
    dealId: lead.dealExternalId === null ? null : idOf(dealIds, lead.dealExternalId, 'deal'),
  };
}

function toCampaignBrief(campaign: DemoCampaign): Record<string, unknown> {
  return {
    channels: campaign.channels,
    messages: campaign.messages,
    callToAction: campaign.callToAction,
    kpis: campaign.kpis,
  };
}

async function writePipeline(storage: Storage, workspaceId: number, ids: IdsByName, data: DemoData) {
  const coder = createBarrierCoder();
  const dealIds = await storage.deals.insertMany(
    workspaceId,
    data.deals.map((deal) => toNewDeal(ids, deal, coder)),
  );
  const idByExternal = new Map(data.deals.map((deal, index) => [deal.externalId, dealIds[index]!]));
  const changes = data.deals.flatMap((deal, index) =>
    deal.stageHistory.map((event) => ({
      dealId: dealIds[index]!,
      stage: event.stage,
      changedOn: event.changedOn,
    })),
  );
  await storage.deals.insertStageChanges(workspaceId, changes);
  await storage.leads.insertMany(
    workspaceId,
    data.leads.map((lead) => toNewLead(ids, idByExternal, lead)),
  );
  return { stageChanges: changes.length };
}

async function writeMarketing(storage: Storage, workspaceId: number, ids: IdsByName, data: DemoData) {
  await storage.metrics.insertMany(
    workspaceId,
    data.metrics.map((metric) => ({ ...metric, scope: toScope(ids, metric.scope) })),
  );
  await storage.targets.upsertMany(
    workspaceId,
    data.targets.map((target) => ({ ...target, scope: toScope(ids, target.scope) })),
  );
  for (const campaign of data.campaigns) {
    await storage.campaigns.insert(workspaceId, {
      name: campaign.name,
      objectiveStage: campaign.objectiveStage,
      scope: toScope(ids, campaign.scope),
      barriers: campaign.barriers,
      brief: toCampaignBrief(campaign),
      status: campaign.status,
      startOn: campaign.startOn,
      endOn: campaign.endOn,
      budgetCents: campaign.budgetCents,
    });
  }
}

async function writeContent(storage: Storage, workspaceId: number, data: DemoData): Promise<DemoWriteCounts> {
  const ids = await ensureDimensions(storage, workspaceId, data);
  await storage.stages.replace(workspaceId, data.stages);
  const { stageChanges } = await writePipeline(storage, workspaceId, ids, data);
  await writeMarketing(storage, workspaceId, ids, data);
  return {
    deals: data.deals.length,
    stageChanges,
    leads: data.leads.length,
    metrics: data.metrics.length,
    targets: data.targets.length,
    campaigns: data.campaigns.length,
  };
}

function createConflict(slug: string): AppError {
  return new AppError('CONFLICT', `This database already has a demo workspace (slug "${slug}")`, [
    { field: 'slug', value: slug, message: 'use a fresh database, or keep working with the existing demo' },
  ]);
}

/** Stores generated demo data as a new workspace, all or nothing. Refuses a slug that is taken. */
export async function writeDemo(storage: Storage, data: DemoData): Promise<DemoWriteResult> {
  return storage.transaction(async (tx) => {
    if (await tx.workspaces.findBySlug(data.company.slug)) throw createConflict(data.company.slug);
    const workspace = await tx.workspaces.create({
      name: data.company.name,
      slug: data.company.slug,
      settings: data.settings,
    });
    return { workspaceId: workspace.id, counts: await writeContent(tx, workspace.id, data) };
  });
}

export interface CreateDemoWorkspaceInput {
  storage: Storage;
  seed: number;
  asOf: IsoDate;
}

/** Generates the demo for a seed and as-of date and stores it as a new workspace (checks the slug first). */
export async function createDemoWorkspace(input: CreateDemoWorkspaceInput): Promise<DemoWriteResult> {
  if (await input.storage.workspaces.findBySlug(COMPANY.slug)) throw createConflict(COMPANY.slug);
  return writeDemo(input.storage, generateDemo({ seed: input.seed, asOf: input.asOf }));
}
