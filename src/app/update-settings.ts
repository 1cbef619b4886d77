import type { SettingsView, UpdateSettings } from '../contract/settings.ts';
import type { WorkspaceSettings } from '../core/settings.ts';
import { normalizeWatchedIndicators } from '../core/settings-choices.ts';
import type { Storage } from '../storage/port.ts';
import { toSettingsView } from './get-settings.ts';
import { type Actor, recordAudit } from './record-audit.ts';

/**
 * Changes how Tandem watches the workspace; fields left out stay as they are. Scans read the workspace's
 * settings when they start, so a change takes effect at the next scan. Audited with the fields that changed.
 */
export async function updateSettings({
  storage,
  actor,
  changes,
}: {
  storage: Storage;
  actor: Actor;
  changes: UpdateSettings;
}): Promise<SettingsView> {
  return storage.transaction(async (tx) => {
    const before = (await tx.workspaces.get(actor.workspaceId)).settings;
    const next: WorkspaceSettings = {
      ...before,
      ...(changes.fiscalYearStartMonth !== undefined
        ? { fiscalYearStartMonth: changes.fiscalYearStartMonth }
        : {}),
      ...(changes.falseAlarmWeeks !== undefined ? { falseAlarmWeeks: changes.falseAlarmWeeks } : {}),
      ...(changes.minDealsPerQuarter !== undefined ? { minDealsPerQuarter: changes.minDealsPerQuarter } : {}),
      ...(changes.watchedIndicators !== undefined
        ? { watchedIndicators: normalizeWatchedIndicators(changes.watchedIndicators) }
        : {}),
    };
    const updated = await tx.workspaces.updateSettings(actor.workspaceId, next);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'workspace_settings',
      entityId: actor.workspaceId,
      before: { ...before },
      after: { ...updated.settings },
    });
    return toSettingsView(updated.settings, true);
  });
}
