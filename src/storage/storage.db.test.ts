import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { buildNewDeal } from '../../test/support/new-deal.ts';
import type { Deal } from '../core/types.ts';
import { getMigrationStatus, migrateToLatest } from './migrate.ts';
import { LATEST_MIGRATION } from './migrations/index.ts';
import type { NewDeal, Storage } from './port.ts';
import { createStorage } from './storage.ts';

function sampleDeal(overrides: Partial<NewDeal> = {}): NewDeal {
  return buildNewDeal('D-1', {
    name: 'Sensorik für Müller GmbH',
    amountCents: 123_456_789_012,
    leadSource: 'Messe',
    ...overrides,
  });
}

describeEachEngine('storage contract', (get) => {
  let storage: Storage;
  let workspaceId: number;

  beforeAll(async () => {
    storage = createStorage(get().database);
    workspaceId = (await storage.workspaces.create({ name: 'Test GmbH', slug: 'test' })).id;
  });

  it('migrates to the latest level, and a second run changes nothing', async () => {
    const status = await migrateToLatest(get().database);
    expect(status).toEqual({ level: LATEST_MIGRATION, latest: LATEST_MIGRATION, isCurrent: true });
  });

  it('refuses a database written by a newer version', async () => {
    const { db } = get().database;
    await sql`insert into kysely_migration (name, timestamp) values ('999-from-the-future', '2030-01-01')`.execute(
      db,
    );
    await expect(migrateToLatest(get().database)).rejects.toThrow(
      /newer version of Tandem \(migration 999-from-the-future\)/,
    );
    await sql`delete from kysely_migration where name = '999-from-the-future'`.execute(db);
    expect((await getMigrationStatus(get().database)).isCurrent).toBe(true);
  });

  it('keeps workspace settings with defaults for what was never set', async () => {
    const workspace = await storage.workspaces.get(workspaceId);
    expect(workspace.settings.falseAlarmWeeks).toBe(104);
    const updated = await storage.workspaces.updateSettings(workspaceId, {
      ...workspace.settings,
      fiscalYearStartMonth: 4,
    });
    expect(updated.settings.fiscalYearStartMonth).toBe(4);
    await storage.workspaces.updateSettings(workspaceId, { ...workspace.settings, fiscalYearStartMonth: 1 });
    await expect(storage.workspaces.get(999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("finds a session together with its user, whose own dates stay apart from the session's", async () => {
    const user = await storage.users.create({
      workspaceId,
      email: 'Session@Test.de',
      name: 'Sitzung',
      role: 'sales_rep',
      passwordHash: null,
    });
    const session = {
      idHash: 'hash-of-session',
      userId: user.id,
      csrfToken: 'csrf',
      createdAt: '2030-01-01T00:00:00.000Z',
      lastSeenAt: '2030-01-01T00:05:00.000Z',
      expiresAt: '2030-01-02T00:00:00.000Z',
      ip: '127.0.0.1',
      userAgent: 'test',
    };
    await storage.sessions.create(session);
    expect(await storage.sessions.findWithUser(session.idHash)).toEqual({ session, user });
    expect(await storage.sessions.findWithUser('no-such-hash')).toBeNull();
  });

  it('creates each dimension value once, also under concurrent calls', async () => {
    const ids = await Promise.all(
      [1, 2, 3].map(() => storage.dimensions.ensure(workspaceId, 'product', 'Sensorik Pro')),
    );
    expect(new Set(ids).size).toBe(1);
    const team = await storage.dimensions.ensure(workspaceId, 'team', 'Nord');
    const owner = await storage.dimensions.ensure(workspaceId, 'owner', 'Jana Schulz');
    await storage.dimensions.assignOwner(workspaceId, owner, { teamId: team });
    const dimensions = await storage.dimensions.list(workspaceId);
    expect(dimensions.products.map((p) => p.name)).toEqual(['Sensorik Pro']);
    expect(dimensions.owners).toEqual([{ id: owner, name: 'Jana Schulz', teamId: team, userId: null }]);
  });

  it('round-trips deals exactly, money in cents beyond 32 bits and umlauts intact', async () => {
    const productId = await storage.dimensions.ensure(workspaceId, 'product', 'Sensorik Pro');
    const [id] = await storage.deals.insertMany(workspaceId, [sampleDeal({ productId })]);
    const [deal] = await storage.deals.list(workspaceId);
    expect(deal).toEqual({ id, ...sampleDeal({ productId }) });
    expect(await storage.deals.count(workspaceId)).toBe(1);
  });

  it('rejects a second deal with the same external id in the workspace', async () => {
    await expect(storage.deals.insertMany(workspaceId, [sampleDeal()])).rejects.toThrow();
    expect(await storage.deals.count(workspaceId)).toBe(1);
  });

  it('writes nothing when a transaction fails midway', async () => {
    await expect(
      storage.transaction(async (tx) => {
        await tx.deals.insertMany(workspaceId, [sampleDeal({ externalId: 'D-2' })]);
        await tx.deals.insertMany(workspaceId, [sampleDeal({ externalId: 'D-1' })]);
      }),
    ).rejects.toThrow();
    expect(await storage.deals.count(workspaceId)).toBe(1);
  });

  it("lists the engine's fields of each deal as the full deals have them, without their texts", async () => {
    const lost = sampleDeal({
      externalId: 'D-3',
      outcome: 'lost',
      stage: 'Verloren',
      closedOn: '2026-10-15',
      lostReason: 'zu teuer',
      lostBarrier: 'price_perceived_high',
      competitor: 'Wettbewerb AG',
      isRenewal: true,
    });
    await storage.deals.insertMany(workspaceId, [lost]);
    const pick = ({ externalId, name, account, currency, leadSource, ...engine }: Deal) => engine;
    const listed = await storage.deals.listPipelineDeals(workspaceId);
    expect(listed).toEqual((await storage.deals.list(workspaceId)).map(pick));
    expect(listed.at(-1)).toMatchObject({ lostBarrier: 'price_perceived_high', isRenewal: true });
  });

  it('keeps stage history in order and ignores a repeated change', async () => {
    const [deal] = await storage.deals.list(workspaceId);
    const changes = [
      { dealId: deal!.id, stage: 'Qualifizierung', changedOn: '2026-09-01' },
      { dealId: deal!.id, stage: 'Angebot', changedOn: '2026-10-02' },
    ];
    await storage.deals.insertStageChanges(workspaceId, changes);
    await storage.deals.insertStageChanges(workspaceId, changes.slice(1));
    expect(await storage.deals.listStageChanges(workspaceId)).toEqual(changes);
  });

  it('stores leads, metrics and targets, replacing a target or observation on the same key', async () => {
    const productId = await storage.dimensions.ensure(workspaceId, 'product', 'Sensorik Pro');
    await storage.leads.insertMany(workspaceId, [
      {
        externalId: 'L-1',
        createdOn: '2026-08-01',
        channel: 'Webinar',
        productId,
        segmentId: null,
        regionId: null,
        status: 'converted',
        convertedOn: '2026-09-01',
        dealId: null,
      },
    ]);
    expect((await storage.leads.list(workspaceId))[0]).toMatchObject({
      externalId: 'L-1',
      productId,
      channel: 'Webinar',
    });

    const visit = {
      metricKey: 'web_visits',
      observedOn: '2026-11-23',
      value: 1200,
      scope: { product: productId },
    };
    await storage.metrics.insertMany(workspaceId, [visit]);
    await storage.metrics.insertMany(workspaceId, [{ ...visit, value: 1300 }]);
    expect(await storage.metrics.list(workspaceId)).toEqual([{ ...visit, value: 1300 }]);

    const target = {
      period: '2026-Q4',
      measure: 'bookings' as const,
      scope: { product: productId },
      value: 50_000_000,
    };
    await storage.targets.upsertMany(workspaceId, [target]);
    await storage.targets.upsertMany(workspaceId, [{ ...target, value: 60_000_000 }]);
    const targets = await storage.targets.list(workspaceId);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ ...target, value: 60_000_000 });
    await expect(
      storage.targets.upsertMany(workspaceId, [{ ...target, period: 'Q4-2026' }]),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('replaces the stage configuration as a whole', async () => {
    await storage.stages.replace(workspaceId, [
      { name: 'Qualifizierung', position: 1, defaultProbability: 0.1 },
      { name: 'Angebot', position: 2, defaultProbability: 0.5 },
    ]);
    await storage.stages.replace(workspaceId, [{ name: 'Angebot', position: 1, defaultProbability: 0.4 }]);
    expect(await storage.stages.list(workspaceId)).toEqual([
      { name: 'Angebot', position: 1, defaultProbability: 0.4 },
    ]);
  });

  it('records audit entries newest first and filters them', async () => {
    await storage.audit.record({
      workspaceId,
      userId: null,
      action: 'create',
      entity: 'deal',
      entityId: '1',
      summary: { after: { stage: 'Angebot' } },
    });
    await storage.audit.record({
      workspaceId,
      userId: null,
      action: 'update',
      entity: 'target',
      entityId: '7',
      summary: {},
    });
    const all = await storage.audit.list(workspaceId);
    expect(all.map((entry) => entry.entity)).toEqual(['target', 'deal']);
    const deals = await storage.audit.list(workspaceId, { entity: 'deal' });
    expect(deals).toHaveLength(1);
    expect(deals[0]!.summary).toEqual({ after: { stage: 'Angebot' } });
  });
});
