import type { Migration } from 'kysely';
import type { Engine } from '../dialect.ts';
import { accountsMigration } from './001-accounts.ts';
import { pipelineMigration } from './002-pipeline.ts';
import { earlyWarningMigration } from './003-early-warning.ts';
import { collaborationMigration } from './004-collaboration.ts';
import { campaignsAndNotificationsMigration } from './005-campaigns-and-notifications.ts';
import { notificationsMigration } from './006-notifications.ts';
import type { EngineMigration } from './table.ts';

/** Numbered, append-only: a released migration is never edited; changes come as a new number. */
const MIGRATIONS: Record<string, EngineMigration> = {
  '001-accounts': accountsMigration,
  '002-pipeline': pipelineMigration,
  '003-early-warning': earlyWarningMigration,
  '004-collaboration': collaborationMigration,
  '005-campaigns-and-notifications': campaignsAndNotificationsMigration,
  '006-notifications': notificationsMigration,
};

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).at(-1)!;

export function listMigrations(engine: Engine): Record<string, Migration> {
  return Object.fromEntries(Object.entries(MIGRATIONS).map(([name, build]) => [name, build(engine)]));
}
