import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { createWorkspace, importFixture, runImport, writeTempFile } from '../../test/support/import.ts';
import { createStorage } from '../storage/storage.ts';

describeEachEngine('import stage history, leads, targets, metrics', (get) => {
  it('adds stage history to known deals and rejects unknown ones', async () => {
    const workspaceId = await createWorkspace(get());
    await runImport(get(), importFixture('canonical-deals.csv'), { workspaceId });
    const file = writeTempFile(
      'stages.csv',
      'external_id;stage;changed_at\nD-1;Qualification;15.01.2026\nD-1;Proposal;01.02.2026\nNOPE;Proposal;01.02.2026\n',
    );
    const failed = await runImport(get(), file, { workspaceId, kind: 'stages' });
    expect(failed.errors).toEqual([
      {
        line: 4,
        column: 'external_id',
        value: 'NOPE',
        message: 'no deal with this id: import the deals first',
        code: 'deal_unknown',
        params: {},
      },
    ]);
    const done = await runImport(get(), file, { workspaceId, kind: 'stages', skipInvalid: true });
    expect(done).toMatchObject({ status: 'done', inserted: 2, rejected: 1 });
    const again = await runImport(get(), file, { workspaceId, kind: 'stages', skipInvalid: true });
    expect(again).toMatchObject({ inserted: 0, unchanged: 2 });
  });

  it('upserts targets by period, measure and scope', async () => {
    const workspaceId = await createWorkspace(get());
    const file = writeTempFile(
      'targets.csv',
      'Periode;Produkt;Kennzahl;Wert\n2026-Q1;Sensor X;Umsatz;250.000,00\nQ2 2026;;bookings;300.000\n2026;;deals_won;40\n',
    );
    const summary = await runImport(get(), file, { workspaceId, kind: 'targets' });
    expect(summary).toMatchObject({ status: 'done', inserted: 3 });
    const targets = await createStorage(get().database).targets.list(workspaceId);
    expect(targets.map((t) => [t.period, t.measure, t.value])).toEqual([
      ['2026', 'deals_won', 40],
      ['2026-Q1', 'bookings', 25_000_000],
      ['2026-Q2', 'bookings', 30_000_000],
    ]);
    const changed = writeTempFile(
      'targets2.csv',
      'Periode;Produkt;Kennzahl;Wert\n2026-Q1;Sensor X;Umsatz;260.000,00\n',
    );
    expect(await runImport(get(), changed, { workspaceId, kind: 'targets' })).toMatchObject({
      updated: 1,
      inserted: 0,
    });
  });

  it('imports metric observations with a scope and leads', async () => {
    const workspaceId = await createWorkspace(get());
    const metrics = writeTempFile(
      'metrics.csv',
      'metric,date,value,region\nweb_visits,2026-01-05,1520,North\nweb_visits,2026-01-12,1480.5,North\n',
    );
    expect(await runImport(get(), metrics, { workspaceId, kind: 'metrics' })).toMatchObject({
      status: 'done',
      inserted: 2,
    });
    const stored = await createStorage(get().database).metrics.list(workspaceId);
    expect(stored.map((o) => o.value)).toEqual([1520, 1480.5]);
    expect(stored[0]?.scope.region).toBeGreaterThan(0);
    const leads = writeTempFile(
      'leads.csv',
      'external_id,created_at,channel\nL-1,2026-01-03,web\nL-2,2026-01-04,\n',
    );
    expect(await runImport(get(), leads, { workspaceId, kind: 'leads' })).toMatchObject({
      status: 'done',
      inserted: 2,
    });
  });
});
