/** Helpers for import tests: fixture paths, a tiny lost-reason lexicon, and a one-call import over a test database. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ImportFileInput, importFile } from '../../src/app/import-file.ts';
import type { LostReasonCoder } from '../../src/import/deal-rows.ts';
import { createStorage } from '../../src/storage/storage.ts';
import type { TestDatabase } from './databases.ts';

export const IMPORT_FIXTURES = resolve(import.meta.dirname, '../fixtures/import');

export function importFixture(name: string): string {
  return join(IMPORT_FIXTURES, name);
}

/** A lexicon small enough to read: the real coder lives in core/coding and is wired by the app. */
export const TEST_CODER: LostReasonCoder = (text) => {
  const lower = text.toLowerCase();
  if (/expensive|teuer|price|preis/.test(lower)) {
    return { barrier: 'price_perceived_high', confidence: 0.8, because: ['price'] };
  }
  if (/budget/.test(lower)) return { barrier: 'budget_timing', confidence: 0.8, because: ['budget'] };
  if (/competitor|wettbewerb/.test(lower)) {
    return { barrier: 'competitor_preferred', confidence: 0.7, because: ['competitor'] };
  }
  return { barrier: 'unknown', confidence: 0, because: [] };
};

/** Writes `text` to a fresh temp file (so tests can build variants of a fixture). */
export function writeTempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tandem-import-')), name);
  writeFileSync(path, content);
  return path;
}

export function copyToTemp(fixture: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tandem-import-')), fixture);
  copyFileSync(importFixture(fixture), path);
  return path;
}

export function readFixture(name: string): string {
  return readFileSync(importFixture(name), 'utf8');
}

export async function ensureWorkspace(db: TestDatabase): Promise<number> {
  const storage = createStorage(db.database);
  const existing = await storage.workspaces.findDefault();
  return existing?.id ?? (await storage.workspaces.create({ name: 'Test', slug: 'test' })).id;
}

/** A fresh workspace, so tests can share one database and still start empty. */
export async function createWorkspace(db: TestDatabase): Promise<number> {
  const storage = createStorage(db.database);
  const slug = `ws-${crypto.randomUUID().slice(0, 8)}`;
  return (await storage.workspaces.create({ name: slug, slug })).id;
}

type ImportOptions = Partial<Omit<ImportFileInput, 'storage' | 'database' | 'path'>>;

export async function runImport(db: TestDatabase, path: string, options: ImportOptions = {}) {
  const storage = createStorage(db.database);
  return importFile({
    storage,
    database: db.database,
    workspaceId: options.workspaceId ?? (await ensureWorkspace(db)),
    userId: null,
    path,
    fileName: path.split('/').pop() ?? path,
    kind: 'deals',
    asOf: '2026-03-01',
    codeLostReason: TEST_CODER,
    ...options,
  });
}
