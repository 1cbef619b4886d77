/** A workspace's pipeline data, dimensions, targets and settings as the engine reads them. */
import type { PipelineHistory } from '../core/forecast/as-of.ts';
import type { Dimensions, Target } from '../core/types.ts';
import type { Storage, Workspace } from '../storage/port.ts';

export interface LoadedPipeline {
  workspace: Workspace;
  history: PipelineHistory;
  dimensions: Dimensions;
  targets: Target[];
}

export async function loadPipeline(storage: Storage, workspaceId: number): Promise<LoadedPipeline> {
  const workspace = await storage.workspaces.get(workspaceId);
  const [deals, stageChanges, leads, metrics, stages, dimensions, targets] = await Promise.all([
    storage.deals.listPipelineDeals(workspaceId),
    storage.deals.listStageChanges(workspaceId),
    storage.leads.list(workspaceId),
    storage.metrics.list(workspaceId),
    storage.stages.list(workspaceId),
    storage.dimensions.list(workspaceId),
    storage.targets.list(workspaceId),
  ]);
  return { workspace, history: { deals, stageChanges, leads, metrics, stages }, dimensions, targets };
}
