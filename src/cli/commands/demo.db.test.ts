import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/databases.ts';
import type { Storage } from '../../storage/port.ts';
import { createStorage } from '../../storage/storage.ts';
import { runDemoCommand } from './demo.ts';

describe('tandem demo', () => {
  let database: TestDatabase;
  let storage: Storage;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    storage = createStorage(database.database);
  });

  afterAll(async () => {
    await database.drop();
  });

  it('rejects a bad seed or as-of before touching the database', async () => {
    const log = () => undefined;
    await expect(runDemoCommand({ storage, seed: -1, asOf: '2026-11-28', log })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [{ field: 'seed' }],
    });
    await expect(runDemoCommand({ storage, asOf: '28.11.2026', log })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [{ field: 'as-of' }],
    });
    expect(await storage.workspaces.findDefault()).toBeNull();
  });

  it('creates the demo workspace with seed 42 by default, says what it stored, and refuses a second run', async () => {
    const lines: string[] = [];
    const result = await runDemoCommand({ storage, asOf: '2026-11-28', log: (line) => lines.push(line) });
    expect(lines[0]).toContain('seed 42, data up to 2026-11-28');
    expect(lines[1]).toMatch(/^Stored \d{2},\d{3} deals \(\d{2},\d{3} stage changes\), \d{2},\d{3} leads/);
    expect(lines[2]).toContain('OptiScan × Automotive loses momentum from 2026-10-12');
    const workspace = await storage.workspaces.findDefault();
    expect(workspace).toMatchObject({
      id: result.workspaceId,
      name: 'Lindenau Sensortechnik GmbH',
      slug: 'demo',
    });
    expect(await storage.deals.count(result.workspaceId)).toBe(result.counts.deals);
    await expect(runDemoCommand({ storage, asOf: '2026-11-28', log: () => undefined })).rejects.toMatchObject(
      {
        code: 'CONFLICT',
      },
    );
  });
});
