/**
 * Runs one import in its own process so the benchmark sees this importer's own peak RSS. Prints one JSON line:
 * { seconds, cpuSeconds, rows, rejected, peakRssMb } (cpuSeconds: this process, the import only). Arguments: FILE (DATABASE_URL / TANDEM_PG_SCHEMA pick the database).
 */
import { importFile } from '../src/app/import-file.ts';
import { openContext } from '../src/app/open-context.ts';
import { loadConfig } from '../src/config.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: import-child.ts FILE');
const ctx = await openContext(loadConfig({ ...process.env, TANDEM_SCHEDULER: 'false' }));
const workspace =
  (await ctx.storage.workspaces.findDefault()) ??
  (await ctx.storage.workspaces.create({ name: 'Bench', slug: 'bench' }));
const started = performance.now();
const cpuBefore = process.cpuUsage();
const summary = await importFile({
  storage: ctx.storage,
  database: ctx.database,
  workspaceId: workspace.id,
  userId: null,
  path: file,
  fileName: file,
  kind: 'deals',
  asOf: '2026-06-30',
  codeLostReason: (text) => ({
    barrier: /expensive/i.test(text) ? 'price_perceived_high' : 'unknown',
    confidence: 0.5,
    because: [],
  }),
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = Math.round((cpu.user + cpu.system) / 1e4) / 100;
await ctx.database.close();
process.stdout.write(
  `${JSON.stringify({ seconds, cpuSeconds, rows: summary.rows, inserted: summary.inserted, rejected: summary.rejected, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
