/**
 * How a campaign leaves the API: its summary (list rows) and its detail (brief, versions, approval). Shared by
 * the campaign use cases, which all answer with the detail after a change.
 */

import type { CampaignDetail, CampaignSummary } from '../contract/campaigns.ts';
import { readBriefContent, readRecordedBrief } from '../core/campaigns/read-brief.ts';
import { toCampaignStatus } from '../core/campaigns/status.ts';
import { labelScope, nameScope } from '../core/requests/evidence.ts';
import type { CampaignRecord, Storage } from '../storage/port.ts';
import { isOwnerCandidate, toPersonView } from './request-views.ts';
import { requireFound } from './row-access.ts';

export async function requireCampaign(storage: Storage, workspaceId: number, id: number) {
  return requireFound(await storage.campaigns.find(workspaceId, id), `Campaign ${id}`);
}

export async function summariseCampaign(
  storage: Storage,
  workspaceId: number,
  campaign: CampaignRecord,
): Promise<CampaignSummary> {
  const dimensions = await storage.dimensions.list(workspaceId);
  const [latest] = await storage.campaigns.listEvaluations(workspaceId, campaign.id);
  return {
    id: campaign.id,
    name: campaign.name,
    status: toCampaignStatus(campaign.status),
    objectiveStage: campaign.objectiveStage,
    barriers: campaign.barriers,
    scopeLabel: labelScope(nameScope(campaign.scope, dimensions)),
    requestId: campaign.requestId,
    startOn: campaign.startOn,
    endOn: campaign.endOn,
    budgetCents: campaign.budgetCents,
    verdict: latest?.verdict ?? null,
    updatedAt: campaign.updatedAt,
  };
}

/** Who can own a brief: active marketing people first, admins (standing in) after, by name. */
export async function listBriefOwners(storage: Storage, workspaceId: number) {
  const users = (await storage.users.list(workspaceId)).filter(isOwnerCandidate);
  return users
    .sort(
      (a, b) => Number(a.role === 'admin') - Number(b.role === 'admin') || a.name.localeCompare(b.name, 'de'),
    )
    .map(toPersonView);
}

async function nameUser(storage: Storage, workspaceId: number, id: number | null): Promise<string | null> {
  if (id === null) return null;
  return (await storage.users.find(workspaceId, id))?.name ?? null;
}

export async function describeCampaign(
  storage: Storage,
  workspaceId: number,
  campaign: CampaignRecord,
): Promise<CampaignDetail> {
  const versions = await storage.campaigns.listVersions(workspaceId, campaign.id);
  const approvedAt = campaign.approvedAt;
  const approvedVersion =
    approvedAt === null
      ? null
      : (versions.filter((version) => version.createdAt <= approvedAt).at(-1)?.version ?? null);
  return {
    campaign: {
      ...(await summariseCampaign(storage, workspaceId, campaign)),
      approvedByName: await nameUser(storage, workspaceId, campaign.approvedBy),
      approvedAt,
      approvedVersion,
    },
    brief: readBriefContent(campaign.brief),
    recorded: readRecordedBrief(campaign.brief),
    version: versions.at(-1)?.version ?? null,
    versions: await Promise.all(
      versions.map(async (version) => ({
        version: version.version,
        authorName: await nameUser(storage, workspaceId, version.authorId),
        createdAt: version.createdAt,
      })),
    ),
    owners: await listBriefOwners(storage, workspaceId),
  };
}

export async function getCampaign(input: { storage: Storage; workspaceId: number; id: number }) {
  const campaign = await requireCampaign(input.storage, input.workspaceId, input.id);
  return describeCampaign(input.storage, input.workspaceId, campaign);
}

export async function listCampaigns(input: { storage: Storage; workspaceId: number }) {
  const campaigns = await input.storage.campaigns.list(input.workspaceId);
  const items = await Promise.all(
    campaigns.map((campaign) => summariseCampaign(input.storage, input.workspaceId, campaign)),
  );
  return { items: items.reverse() };
}
