/** What worked before: learnings of evaluated campaigns, matched to a barrier and stage when given. */
import type { AidaStage, BarrierKey } from '../core/aida.ts';
import { listWhatWorkedBefore } from '../core/diagnosis/what-worked-before.ts';
import type { Storage } from '../storage/port.ts';

export async function listLearnings(input: {
  storage: Storage;
  workspaceId: number;
  barrier?: BarrierKey | undefined;
  stage?: AidaStage | undefined;
}) {
  const learnings = await input.storage.learnings.list(input.workspaceId);
  const isFiltered = input.barrier !== undefined || input.stage !== undefined;
  const items = isFiltered
    ? listWhatWorkedBefore({ learnings, barrier: input.barrier ?? null, stage: input.stage ?? null }).map(
        ({ learning, match }) => ({ ...learning, match }),
      )
    : learnings.map((learning) => ({ ...learning, match: null }));
  return {
    items: items.map(
      ({ id, campaignId, barrier, aidaStage, channels, effectPct, verdict, summary, match }) => ({
        id,
        campaignId,
        barrier,
        aidaStage,
        channels: [...channels],
        effectPct,
        verdict,
        summary,
        match,
      }),
    ),
  };
}
