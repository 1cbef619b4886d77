import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedDataFile } from '../../../test/support/environment.ts';
import { loadMavenPipeline, type MavenPipeline } from '../../../test/support/maven-pipeline.ts';
import { toEpochDay } from '../calendar.ts';
import { computeBooked } from './baselines.ts';
import { type AttainmentForecast, forecastAttainment } from './forecast.ts';
import { indexPipeline, listDealsInScope } from './pipeline-index.ts';

const pipelineFile = sharedDataFile('maven-crm-sales-opportunities/sales_pipeline.csv');

/** Realised bookings of a scope in 2017-Q3, from the full history. */
function realiseQ3(pipeline: MavenPipeline, scope: { region?: number }) {
  const index = indexPipeline({ history: pipeline.history, asOf: '2017-12-31', owners: pipeline.owners });
  const range = { fromDay: toEpochDay('2017-07-01'), toDay: toEpochDay('2017-09-30') };
  return computeBooked(listDealsInScope(index, scope), range, 'bookings');
}

describe.skipIf(pipelineFile === null)('forecast on the real Maven CRM pipeline', () => {
  let pipeline: MavenPipeline;
  let forecasts: AttainmentForecast[] = [];

  beforeAll(() => {
    pipeline = loadMavenPipeline(dirname(pipelineFile ?? '.'));
    const scopes = [{}, ...pipeline.regions.map((region) => ({ region: region.id }))];
    const targets = scopes.map((scope, i) => ({
      id: i + 1,
      period: '2017-Q3',
      measure: 'bookings' as const,
      scope,
      value: realiseQ3(pipeline, scope),
    }));
    // Mid-quarter (week 7 of 13), knowing only what was known then; the target is what was in fact booked.
    forecasts = forecastAttainment({
      history: pipeline.history,
      asOf: '2017-08-15',
      seed: 1,
      owners: pipeline.owners,
      targets,
      options: { simulations: 1000 },
    });
  });

  it('loads the pipeline with stage history', () => {
    expect(pipeline.history.deals.length).toBeGreaterThan(8000);
    expect(pipeline.regions.map((region) => region.name).sort()).toEqual(['Central', 'East', 'West']);
  });

  it('puts the realised quarter inside P10–P90 with a P50 within 15 %, for the company and each region', () => {
    expect(forecasts).toHaveLength(4);
    for (const forecast of forecasts) {
      expect(forecast.booked).toBeLessThan(forecast.target);
      expect(forecast.target).toBeGreaterThanOrEqual(forecast.p10);
      expect(forecast.target).toBeLessThanOrEqual(forecast.p90);
      expect(Math.abs(forecast.p50 / forecast.target - 1)).toBeLessThan(0.15);
    }
  });

  it('is unsure whether a target equal to the outcome is missed, and explains where the total comes from', () => {
    const [company] = forecasts;
    expect(company?.pMiss).toBeGreaterThan(0.1);
    expect(company?.pMiss).toBeLessThan(0.9);
    const parts = company ? company.contributions : { booked: 0, pipeline: 0, newBusiness: 0 };
    expect(parts.pipeline).toBeGreaterThan(0);
    expect(parts.newBusiness).toBeGreaterThan(0);
    expect(parts.booked + parts.pipeline + parts.newBusiness).toBeCloseTo(company?.mean ?? 0, -2);
  });
});
