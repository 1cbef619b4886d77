/**
 * The campaign's targeted scope against the engine's forecast made as of the campaign start (issue 7 item 4):
 * the stored scan forecast for that scope and quarter when a scan made one in the week before the start, else the
 * engine (core/forecast, the scan's seed) run as of the start date now. The check says which it used.
 */
import { addDays, type IsoDate, periodOf } from '../core/calendar.ts';
import {
  compareWithForecast,
  type EngineForecast,
  type ForecastCheck,
} from '../core/impact/forecast-check.ts';
import { computeBookedByWeek } from '../core/scan/booked-by-week.ts';
import { forecastTargets } from '../core/scan/forecast-targets.ts';
import { toScopeKey } from '../core/scope.ts';
import type { CampaignRecord, Storage } from '../storage/port.ts';
import { loadPipeline } from './load-pipeline.ts';
import { SCAN_SEED } from './run-scan.ts';

/** A stored forecast older than this before the start no longer says what the engine expected at the start. */
const STORED_FRESH_DAYS = 7;
const MEASURE = 'bookings';

interface CheckInput {
  storage: Storage;
  workspaceId: number;
  campaign: CampaignRecord & { startOn: IsoDate };
  asOf: IsoDate;
}

async function findStored(input: CheckInput, period: string): Promise<EngineForecast | null> {
  const { campaign } = input;
  const stored = await input.storage.scans.findForecastAsOf(input.workspaceId, {
    scope: campaign.scope,
    period,
    measure: MEASURE,
    asOfOnOrBefore: campaign.startOn,
  });
  if (!stored || stored.asOf < addDays(campaign.startOn, -STORED_FRESH_DAYS)) return null;
  return { source: 'stored_scan', ...pickForecast(stored) };
}

function pickForecast(forecast: Omit<EngineForecast, 'source'>): Omit<EngineForecast, 'source'> {
  const { asOf, period, periodStart, periodEnd, measure, p10, p50, p90 } = forecast;
  return { asOf, period, periodStart, periodEnd, measure, p10, p50, p90 };
}

/** Compares bookings of the campaign's scope with the engine's expectation at the start; null before the start. */
export async function checkAgainstForecast(input: CheckInput): Promise<ForecastCheck | null> {
  const { campaign, asOf } = input;
  if (asOf < campaign.startOn) return null;
  const loaded = await loadPipeline(input.storage, input.workspaceId);
  const calendar = { fiscalYearStartMonth: loaded.workspace.settings.fiscalYearStartMonth };
  const period = periodOf(campaign.startOn, 'quarter', calendar);
  const computeAsOfStart = (): EngineForecast | null => {
    // The scope's own target when there is one (only P(miss) depends on it); the quantiles do not.
    const target = loaded.targets.find(
      (t) =>
        t.period === period.key &&
        t.measure === MEASURE &&
        toScopeKey(t.scope) === toScopeKey(campaign.scope),
    );
    const [forecast] = forecastTargets({
      history: loaded.history,
      dimensions: loaded.dimensions,
      targets: [
        {
          id: target?.id ?? 0,
          period: period.key,
          measure: MEASURE,
          scope: campaign.scope,
          value: target?.value ?? 0,
        },
      ],
      asOf: campaign.startOn,
      fiscalYearStartMonth: calendar.fiscalYearStartMonth,
      seed: SCAN_SEED,
      period: period.key,
    });
    return forecast ? { source: 'computed_as_of_start', ...pickForecast(forecast) } : null;
  };
  const forecast = (await findStored(input, period.key)) ?? computeAsOfStart();
  if (!forecast) return null;
  const isPeriodOver = asOf >= forecast.periodEnd;
  const observedThrough = isPeriodOver ? forecast.periodEnd : asOf;
  const booked = computeBookedByWeek({
    deals: loaded.history.deals,
    dimensions: loaded.dimensions,
    scope: campaign.scope,
    measure: MEASURE,
    periodStart: forecast.periodStart,
    asOf: observedThrough,
  });
  return compareWithForecast({ forecast, observed: booked.at(-1)?.booked ?? 0, observedThrough });
}
