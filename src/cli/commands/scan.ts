/**
 * `tandem scan [--as-of YYYY-MM-DD] [--json]` and `tandem forecast [--as-of …] [--period 2026-Q4] [--json]`
 * (issue 5 item 6) on the default workspace. `scan` stores its alerts like any scan; `--as-of D` replays what
 * was knowable on D. `--json` prints one object on stdout; progress goes to stderr.
 */
import type { Command } from 'commander';
import { describeScopeView } from '../../app/alert-view.ts';
import { loadPipeline } from '../../app/load-pipeline.ts';
import { openContext } from '../../app/open-context.ts';
import { runScan, SCAN_SEED } from '../../app/run-scan.ts';
import { loadConfig } from '../../config.ts';
import { isIsoDate, parsePeriodKey } from '../../core/calendar.ts';
import { AppError } from '../../core/errors.ts';
import { forecastTargets } from '../../core/scan/forecast-targets.ts';
import { todayIso } from '../../server/today.ts';
import type { Storage } from '../../storage/port.ts';
import { type CliOutput, consoleOutput } from '../output.ts';
import { formatForecastLines, formatScanLines } from './scan-text.ts';

function checkAsOf(asOf: string): void {
  if (!isIsoDate(asOf)) {
    throw new AppError('VALIDATION', '--as-of must be a date like 2026-11-28', [
      { field: 'as-of', value: asOf, message: 'expected YYYY-MM-DD' },
    ]);
  }
}

async function findWorkspaceId(storage: Storage): Promise<number> {
  const workspace = await storage.workspaces.findDefault();
  if (!workspace) throw new AppError('NOT_FOUND', 'No workspace yet: run `tandem demo` or import data first');
  return workspace.id;
}

export async function runScanCommand(input: {
  storage: Storage;
  asOf: string;
  output: CliOutput;
  json: boolean;
}) {
  checkAsOf(input.asOf);
  const workspaceId = await findWorkspaceId(input.storage);
  input.output.info(`Scanning as of ${input.asOf} …`);
  const result = await runScan({ storage: input.storage, workspaceId, asOf: input.asOf, trigger: 'cli' });
  const { dimensions } = result;
  const alerts = result.output.candidates.map((candidate, index) => ({
    id: result.alertIds[index] ?? 0,
    kind: candidate.kind,
    scope: describeScopeView(candidate.scope, dimensions).scope,
    indicator: candidate.indicator,
    severity: candidate.severity,
    aidaStage: candidate.aidaStage,
    firstDetected: candidate.firstDetectedOn,
    changeStart: candidate.changeStartOn,
    changePct: candidate.changePct,
    forecast: candidate.forecast
      ? {
          period: candidate.forecast.period,
          target: candidate.forecast.target,
          p10: candidate.forecast.p10,
          p50: candidate.forecast.p50,
          p90: candidate.forecast.p90,
          pMiss: candidate.forecast.pMiss,
        }
      : null,
    drivers: candidate.drivers.map(({ kind, label, contribution }) => ({ kind, label, contribution })),
  }));
  const report = { asOf: input.asOf, alerts };
  input.output.info(
    `${result.scopes} scopes, ${result.seriesWatched} series watched, ${alerts.length} alerts ` +
      `(${result.created} new) in ${result.seconds} s.`,
  );
  if (input.json) input.output.result(report);
  else for (const line of formatScanLines(report)) input.output.result(line);
  return report;
}

export async function runForecastCommand(input: {
  storage: Storage;
  asOf: string;
  period?: string;
  output: CliOutput;
  json: boolean;
}) {
  checkAsOf(input.asOf);
  const workspaceId = await findWorkspaceId(input.storage);
  const loaded = await loadPipeline(input.storage, workspaceId);
  const calendar = { fiscalYearStartMonth: loaded.workspace.settings.fiscalYearStartMonth };
  if (input.period !== undefined && !parsePeriodKey(input.period, calendar)) {
    throw new AppError('VALIDATION', '--period must be a period like 2026-Q4, 2026-11 or 2026', [
      { field: 'period', value: input.period, message: 'expected 2026-Q4, 2026-11 or 2026' },
    ]);
  }
  const forecasts = forecastTargets({
    history: loaded.history,
    dimensions: loaded.dimensions,
    targets: loaded.targets,
    asOf: input.asOf,
    fiscalYearStartMonth: calendar.fiscalYearStartMonth,
    seed: SCAN_SEED,
    period: input.period,
  });
  const report = {
    asOf: input.asOf,
    period: input.period ?? null,
    currency: loaded.workspace.settings.currency,
    forecasts: forecasts.map((forecast) => ({
      scope: describeScopeView(forecast.scope, loaded.dimensions).scope,
      period: forecast.period,
      measure: forecast.measure,
      target: forecast.target,
      booked: forecast.booked,
      p10: forecast.p10,
      p50: forecast.p50,
      p90: forecast.p90,
      pMiss: forecast.pMiss,
      expectedShortfall: forecast.expectedShortfall,
    })),
  };
  if (input.json) input.output.result(report);
  else for (const line of formatForecastLines(report)) input.output.result(line);
  return report;
}

/** After `tandem import`: scan at once (unless TANDEM_SCHEDULER=false), so the alerts reflect the new data. */
export async function scanAfterCliImport(event: { storage: Storage; workspaceId: number }): Promise<void> {
  if (!loadConfig().isSchedulerEnabled) return;
  consoleOutput.info('Scanning the workspace with the new data …');
  const result = await runScan({ ...event, asOf: todayIso(), trigger: 'import' });
  consoleOutput.info(`${result.openAlerts} open alerts (${result.created} new) after ${result.seconds} s.`);
}

export function registerScanCommands(program: Command): void {
  program
    .command('scan')
    .description('Scan the workspace now (or as of a past date) and store the alerts')
    .option('--as-of <date>', 'compute what was knowable on this date (YYYY-MM-DD), default today')
    .option('--json', 'print one JSON object')
    .action(async (options: { asOf?: string; json?: boolean }) => {
      const ctx = await openContext(loadConfig());
      try {
        const asOf = options.asOf ?? todayIso();
        await runScanCommand({
          storage: ctx.storage,
          asOf,
          output: consoleOutput,
          json: Boolean(options.json),
        });
      } finally {
        await ctx.database.close();
      }
    });
  program
    .command('forecast')
    .description('Forecast period-end attainment for every target (P10/P50/P90, P(miss))')
    .option('--as-of <date>', 'as of this date (YYYY-MM-DD), default today')
    .option(
      '--period <period>',
      'targets of this period (2026-Q4, 2026-11, 2026); default the periods holding as-of',
    )
    .option('--json', 'print one JSON object')
    .action(async (options: { asOf?: string; period?: string; json?: boolean }) => {
      const ctx = await openContext(loadConfig());
      try {
        await runForecastCommand({
          storage: ctx.storage,
          asOf: options.asOf ?? todayIso(),
          period: options.period,
          output: consoleOutput,
          json: Boolean(options.json),
        });
      } finally {
        await ctx.database.close();
      }
    });
}
