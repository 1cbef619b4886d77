import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedDataFile } from '../../../test/support/environment.ts';
import { loadMavenPipeline, type MavenPipeline } from '../../../test/support/maven-pipeline.ts';
import { toEpochDay } from '../calendar.ts';
import { computeBooked } from '../forecast/baselines.ts';
import { indexPipeline, listDealsInScope } from '../forecast/pipeline-index.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';
import type { Scope, Target } from '../types.ts';
import { runScanCore, type ScanOutput } from './scan.ts';

const pipelineFile = sharedDataFile('maven-crm-sales-opportunities/sales_pipeline.csv');

function realiseQ3(pipeline: MavenPipeline, scope: Scope) {
  const index = indexPipeline({ history: pipeline.history, asOf: '2017-12-31', owners: pipeline.owners });
  const range = { fromDay: toEpochDay('2017-07-01'), toDay: toEpochDay('2017-09-30') };
  return computeBooked(listDealsInScope(index, scope), range, 'bookings');
}

describe.skipIf(pipelineFile === null)('a full scan of the real Maven CRM pipeline', () => {
  let pipeline: MavenPipeline;
  let output: ScanOutput;
  let targets: Target[];

  beforeAll(() => {
    pipeline = loadMavenPipeline(dirname(pipelineFile ?? '.'));
    const scopes: Scope[] = [{}, ...pipeline.regions.map((region) => ({ region: region.id }))];
    targets = scopes.map((scope, i) => ({
      id: i + 1,
      period: '2017-Q3',
      measure: 'bookings' as const,
      scope,
      value: realiseQ3(pipeline, scope),
    }));
    const teamIds = [...new Set(pipeline.owners.map((owner) => owner.teamId))].filter((id) => id !== null);
    output = runScanCore({
      history: pipeline.history,
      dimensions: {
        products: pipeline.products,
        segments: [],
        regions: pipeline.regions,
        teams: teamIds.map((id) => ({ id, name: `Team ${id}` })),
        owners: pipeline.owners,
      },
      targets,
      asOf: '2017-08-15',
      settings: DEFAULT_SETTINGS,
      seed: 7,
      calibrationRuns: 60,
      forecastSimulations: 500,
    });
  }, 600_000);

  it('watches the company, products, regions, teams and product × region with enough deals', () => {
    const shapes = new Set(output.scopes.map((item) => Object.keys(item.scope).sort().join('×')));
    expect(shapes).toEqual(new Set(['', 'product', 'region', 'team', 'product×region']));
    expect(output.stats.monitored).toBeGreaterThan(50);
  });

  it('forecasts every current target with ordered quantiles around what was in fact booked', () => {
    expect(output.forecasts).toHaveLength(targets.length);
    for (const forecast of output.forecasts) {
      expect(forecast.booked).toBeLessThanOrEqual(forecast.p10);
      expect(forecast.p10).toBeLessThanOrEqual(forecast.p50);
      expect(forecast.p50).toBeLessThanOrEqual(forecast.p90);
      expect(Math.abs(forecast.p50 / forecast.target - 1)).toBeLessThan(0.2);
    }
  });

  it('gives every alert a scope, a size and an explanation with the indicator chart', () => {
    for (const candidate of output.candidates) {
      expect(candidate.dedupeKey).toContain(candidate.kind);
      expect(candidate.firstDetectedOn <= '2017-08-15').toBe(true);
      if (candidate.kind === 'indicator_shift') {
        expect(candidate.changePct).not.toBeNull();
        expect(candidate.explanation.series.length).toBeGreaterThan(0);
      }
      const waterfall = candidate.explanation.waterfall;
      if (waterfall) {
        const { start, created, progressed, regressed, won, lost, slipped, end } = waterfall;
        expect(start + created + progressed - regressed - won - lost - slipped).toBe(end);
      }
    }
  });
});
