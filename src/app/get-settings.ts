import type { SettingsView } from '../contract/settings.ts';
import { isAllowedFor, type PrincipalKind } from '../core/permissions.ts';
import type { WorkspaceSettings } from '../core/settings.ts';
import { listWatchedKeys, SENSITIVITY_CHOICES_WEEKS, WATCH_CHOICES } from '../core/settings-choices.ts';
import type { Role } from '../core/types.ts';
import type { Storage } from '../storage/port.ts';

/** The settings with the choices the page offers and what the next scan will watch. */
export function toSettingsView(settings: WorkspaceSettings, canEdit: boolean): SettingsView {
  const watched = listWatchedKeys(settings);
  return {
    settings,
    indicators: WATCH_CHOICES.map((choice) => ({ ...choice, isWatched: watched.includes(choice.key) })),
    sensitivityChoicesWeeks: [...SENSITIVITY_CHOICES_WEEKS],
    canEdit,
  };
}

/** How Tandem watches the caller's workspace. */
export async function getSettings({
  storage,
  caller,
}: {
  storage: Storage;
  caller: { workspaceId: number; role: Role; kind: PrincipalKind };
}): Promise<SettingsView> {
  const workspace = await storage.workspaces.get(caller.workspaceId);
  return toSettingsView(workspace.settings, isAllowedFor(caller, 'settings', 'write'));
}
