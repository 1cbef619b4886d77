import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { createWorkspace, importFixture, runImport } from '../../test/support/import.ts';
import { createStorage } from '../storage/storage.ts';

const PRESET_FILES = [
  {
    file: 'salesforce-opportunities.csv',
    preset: 'salesforce',
    ids: ['0065g00000AbCdE', '0065g00000AbCdF', '0065g00000AbCdG'],
    cents: [2_450_000, 1_200_000, 875_050],
  },
  {
    file: 'salesforce-de-win1252.csv',
    preset: 'salesforce',
    ids: ['0065g00000XyZ01', '0065g00000XyZ02', '0065g00000XyZ03'],
    cents: [123_456, 1_200_000, 875_050],
  },
  {
    file: 'hubspot-deals.csv',
    preset: 'hubspot',
    ids: ['9876543210', '9876543211', '9876543212'],
    cents: [1_500_000, 2_200_000, 780_000],
  },
  {
    file: 'hubspot-deals-de.csv',
    preset: 'hubspot',
    ids: ['555001', '555002', '555003'],
    cents: [1_500_000, 2_200_050, 780_000],
  },
  {
    file: 'pipedrive-deals.csv',
    preset: 'pipedrive',
    ids: ['101', '102', '103'],
    cents: [1_500_000, 2_200_000, 780_000],
  },
  {
    file: 'pipedrive-deals-de.csv',
    preset: 'pipedrive',
    ids: ['201', '202', '203'],
    cents: [1_500_000, 2_200_000, 780_000],
  },
] as const;

describeEachEngine('import presets', (get) => {
  it.each(PRESET_FILES)(
    'reads $file as $preset: one won, one lost, one open deal',
    async ({ file, preset, ids, cents }) => {
      const workspaceId = await createWorkspace(get());
      const summary = await runImport(get(), importFixture(file), { workspaceId });
      expect(summary).toMatchObject({ preset, status: 'done', rows: 3, inserted: 3, rejected: 0 });
      const deals = await createStorage(get().database).deals.list(workspaceId);
      const byId = new Map(deals.map((deal) => [deal.externalId, deal]));
      expect(ids.map((id) => byId.get(id)?.outcome)).toEqual(['won', 'lost', 'open']);
      expect(ids.map((id) => byId.get(id)?.amountCents)).toEqual(cents);
      const [won, lost, open] = ids.map((id) => byId.get(id));
      expect(won?.closedOn).toMatch(/^2026-03-(15|20)$/);
      expect(lost?.closedOn).toMatch(/^2026-02-(11|28)$/);
      expect(lost?.lostReason).not.toBeNull();
      expect(lost?.lostBarrier).not.toBeNull();
      expect(open).toMatchObject({ closedOn: null });
      expect(open?.expectedCloseOn).toMatch(/^2026-0[45]-\d\d$/);
    },
  );

  it('keeps German umlauts from a Windows-1252 Excel export', async () => {
    const workspaceId = await createWorkspace(get());
    const summary = await runImport(get(), importFixture('salesforce-de-win1252.csv'), { workspaceId });
    expect(summary.format).toMatchObject({ encoding: 'windows-1252', delimiter: ';', decimal: ',' });
    const storage = createStorage(get().database);
    const deals = await storage.deals.list(workspaceId);
    expect(deals.map((deal) => deal.account)).toContain('Müller Maschinenbau GmbH');
    expect(deals.find((deal) => deal.externalId === '0065g00000XyZ02')?.isRenewal).toBe(true);
    const owners = (await storage.dimensions.list(workspaceId)).owners.map((owner) => owner.name);
    expect(owners.sort()).toEqual(['Jürgen Weiß', 'Sören Groß']);
  });
});
