/** An approved campaign goes live with its start, end and the scope it targets (the brief's target group). */
import { AppError } from '../core/errors.ts';
import type { Storage } from '../storage/port.ts';
import { describeCampaign, requireCampaign } from './campaign-detail.ts';
import { type Actor, recordAudit } from './record-audit.ts';
import { requireFound } from './row-access.ts';

export async function launchCampaign(input: {
  storage: Storage;
  actor: Actor;
  id: number;
  startOn: string;
  endOn: string;
}) {
  const { storage, actor, id } = input;
  const campaign = await requireCampaign(storage, actor.workspaceId, id);
  if (campaign.status !== 'approved')
    throw new AppError(
      'CONFLICT',
      campaign.status === 'draft'
        ? `Campaign ${id} needs the marketing lead's approval before launch`
        : `Campaign ${id} is already ${campaign.status}`,
    );
  const launched = await storage.transaction(async (trx) => {
    const updated = await trx.campaigns.update(actor.workspaceId, id, {
      status: 'running',
      startOn: input.startOn,
      endOn: input.endOn,
    });
    await recordAudit(trx, actor, {
      action: 'launch',
      entity: 'campaign',
      entityId: id,
      after: { status: 'running', startOn: input.startOn, endOn: input.endOn },
    });
    return requireFound(updated, `Campaign ${id}`);
  });
  return describeCampaign(storage, actor.workspaceId, launched);
}
