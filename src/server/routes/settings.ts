import { getSettings } from '../../app/get-settings.ts';
import { updateSettings } from '../../app/update-settings.ts';
import { settingsViewSchema, updateSettingsSchema } from '../../contract/settings.ts';
import { defineRoute } from '../route.ts';

const tags = ['settings'];

export const settingsRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/settings',
    permission: { resource: 'settings', action: 'read' },
    summary: 'How Tandem watches this workspace: fiscal calendar, indicators, sensitivity, pooling',
    tags,
    response: settingsViewSchema,
    async handler({ ctx, principal }) {
      return getSettings({ storage: ctx.storage, caller: principal });
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/settings',
    permission: { resource: 'settings', action: 'write' },
    summary: 'Change the settings given (the others stay); takes effect at the next scan; audited',
    tags,
    body: updateSettingsSchema,
    response: settingsViewSchema,
    async handler({ ctx, principal, body }) {
      return updateSettings({ storage: ctx.storage, actor: principal, changes: body });
    },
  }),
];
