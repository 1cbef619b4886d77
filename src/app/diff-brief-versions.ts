/** What changed between two versions of a brief (values only; sources are shown beside the fields). */
import { diffBriefs } from '../core/brief/diff-briefs.ts';
import { readBriefContent } from '../core/campaigns/read-brief.ts';
import type { Storage } from '../storage/port.ts';
import { requireCampaign } from './campaign-detail.ts';
import { requireFound } from './row-access.ts';

export async function diffBriefVersions(input: {
  storage: Storage;
  workspaceId: number;
  id: number;
  from: number;
  to: number;
}) {
  const { storage, workspaceId, id } = input;
  await requireCampaign(storage, workspaceId, id);
  const versions = await storage.campaigns.listVersions(workspaceId, id);
  const pick = (number: number) => {
    const version = requireFound(
      versions.find((v) => v.version === number),
      `Version ${number} of campaign ${id}`,
    );
    return requireFound(readBriefContent(version.content), `Brief of version ${number}`);
  };
  return { from: input.from, to: input.to, changes: diffBriefs(pick(input.from), pick(input.to)) };
}
