/**
 * The marketing lead signs the brief off before launch. Rule: a logged-in person with the role `marketing` or
 * `admin` (the roles that may write campaigns) approves — a person, never an API token — and the approval holds
 * the current version: every later edit withdraws it (save-brief-version.ts).
 */
import { AppError } from '../core/errors.ts';
import type { Storage } from '../storage/port.ts';
import { describeCampaign, requireCampaign } from './campaign-detail.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';

/** `actor.userId` is the approving person: the route refuses API tokens. */
export async function approveBrief(input: {
  storage: Storage;
  actor: Actor & { userId: number };
  id: number;
  at: string;
}) {
  const { storage, actor: principal, id } = input;
  const userId = principal.userId;
  const campaign = await requireCampaign(storage, principal.workspaceId, id);
  if (campaign.status !== 'draft')
    throw new AppError('CONFLICT', `Campaign ${id} is ${campaign.status}; only a draft can be approved`);
  const versions = await storage.campaigns.listVersions(principal.workspaceId, id);
  if (versions.length === 0) throw new AppError('CONFLICT', `Campaign ${id} has no brief to approve`);
  const approved = await storage.transaction(async (trx) => {
    const updated = await trx.campaigns.update(principal.workspaceId, id, {
      status: 'approved',
      approvedBy: userId,
      approvedAt: input.at,
    });
    await recordAudit(trx, principal, {
      action: 'approve',
      entity: 'campaign',
      entityId: id,
      after: { status: 'approved', version: versions.at(-1)?.version ?? null },
    });
    return requireFound(updated, `Campaign ${id}`);
  });
  return describeCampaign(storage, principal.workspaceId, approved);
}
