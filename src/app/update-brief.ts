/** Marketing saves an edited brief: a new version, with every changed suggestion marked `edited`. */
import { markEdited } from '../core/brief/mark-edited.ts';
import type { BriefContent } from '../core/brief/types.ts';
import { readBriefContent } from '../core/campaigns/read-brief.ts';
import { AppError } from '../core/errors.ts';
import type { Storage } from '../storage/port.ts';
import { describeCampaign, listBriefOwners, requireCampaign } from './campaign-detail.ts';
import type { Actor } from './record-audit.ts';
import { requireEditable, saveBriefVersion } from './save-brief-version.ts';

export interface UpdateBriefInput {
  storage: Storage;
  actor: Actor;
  id: number;
  baseVersion: number;
  brief: BriefContent;
}

/**
 * The owner is picked from the workspace's marketing people: a name nobody has is a 400 on the field. A name kept
 * from an earlier version stays valid (its person may have left since).
 */
async function findOwnerId(input: UpdateBriefInput, previous: BriefContent): Promise<number | undefined> {
  const name = input.brief.owner.value;
  if (name === null) return undefined;
  const owners = await listBriefOwners(input.storage, input.actor.workspaceId);
  const owner = owners.find((person) => person.name === name);
  if (owner) return owner.id;
  if (name === previous.owner.value) return undefined;
  throw new AppError('VALIDATION', `Invalid request: the owner "${name}" is not an active marketing user`, [
    { field: 'body.brief.owner.value', value: name, message: 'pick an active marketing or admin user' },
  ]);
}

export async function updateBrief(input: UpdateBriefInput) {
  const { storage, actor, id } = input;
  const campaign = await requireCampaign(storage, actor.workspaceId, id);
  requireEditable(campaign);
  const previous = readBriefContent(campaign.brief);
  if (!previous) throw new AppError('CONFLICT', `Campaign ${id} was recorded without a brief to edit`);
  const versions = await storage.campaigns.listVersions(actor.workspaceId, id);
  const latest = versions.at(-1)?.version ?? 0;
  if (input.baseVersion !== latest)
    throw new AppError(
      'CONFLICT',
      `The brief changed since version ${input.baseVersion} (now version ${latest}): reload and edit again`,
      [{ field: 'body.baseVersion', message: `expected ${latest}` }],
    );
  // The gap goal is the server's arithmetic, never an edit; the rest is marketing's.
  const next = markEdited(previous, {
    ...input.brief,
    gapGoal: previous.gapGoal,
    preparedOn: previous.preparedOn,
  });
  const ownerId = await findOwnerId(input, previous);
  const saved = await saveBriefVersion({
    storage,
    actor,
    campaign,
    brief: next,
    action: 'update_brief',
    ...(ownerId !== undefined ? { ownerId } : {}),
  });
  return describeCampaign(storage, actor.workspaceId, saved);
}
