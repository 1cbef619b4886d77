/**
 * Saves a new brief version: the campaign row holds the latest content, `brief_versions` every one. An edit
 * withdraws an approval (the lead approved what they read, not what came after); a running or finished
 * campaign's brief is history and cannot change.
 */
import type { BriefContent } from '../core/brief/types.ts';
import { AppError } from '../core/errors.ts';
import type { CampaignRecord, Storage } from '../storage/port.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';

export function requireEditable(campaign: CampaignRecord): void {
  if (campaign.status === 'running' || campaign.status === 'completed')
    throw new AppError(
      'CONFLICT',
      `Campaign ${campaign.id} is ${campaign.status}: its brief can no longer change`,
    );
}

export async function saveBriefVersion(input: {
  storage: Storage;
  actor: Actor;
  campaign: CampaignRecord;
  brief: BriefContent;
  action: string;
  /** The person the brief names as owner, when it names one of the workspace's people. */
  ownerId?: number;
}): Promise<CampaignRecord> {
  const { storage, actor, campaign, brief } = input;
  const content = brief as unknown as Record<string, unknown>;
  return storage.transaction(async (trx) => {
    const updated = await trx.campaigns.update(actor.workspaceId, campaign.id, {
      name: brief.title.value,
      objectiveStage: brief.objective.stage.value,
      barriers: brief.barriers.filter((barrier) => barrier.isAddressed).map((barrier) => barrier.key),
      brief: content,
      budgetCents: brief.budgetCents.value,
      ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
      status: 'draft',
      approvedBy: null,
      approvedAt: null,
    });
    const version = await trx.campaigns.addVersion(campaign.id, { content, authorId: actor.userId });
    await recordAudit(trx, actor, {
      action: input.action,
      entity: 'campaign',
      entityId: campaign.id,
      after: { version: version.version },
      ...(campaign.status === 'approved' ? { context: { approvalWithdrawn: true } } : {}),
    });
    return requireFound(updated, `Campaign ${campaign.id}`);
  });
}
