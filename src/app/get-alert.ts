import type { Storage } from '../storage/port.ts';
import { toAlertDetail } from './alert-view.ts';

/** One alert with its full explanation; NOT_FOUND for an unknown id or another workspace's. */
export async function getAlert({
  storage,
  workspaceId,
  id,
}: {
  storage: Storage;
  workspaceId: number;
  id: number;
}) {
  const [workspace, alert, dimensions] = await Promise.all([
    storage.workspaces.get(workspaceId),
    storage.alerts.get(workspaceId, id),
    storage.dimensions.list(workspaceId),
  ]);
  return toAlertDetail(alert, dimensions, workspace.settings.fiscalYearStartMonth);
}
