import { describe, expect, it } from 'vitest';
import { isAlertWithin, listAncestors, listChildSteps } from './scope-drill.ts';

const story = { scopeKey: 'product=1;segment=2', scope: { product: 'OptiScan', segment: 'Automotive' } };
const product = { scopeKey: 'product=1', scope: { product: 'OptiScan' } };
const other = { scopeKey: 'product=3;segment=2', scope: { product: 'PressLine', segment: 'Automotive' } };
const region = { scopeKey: 'region=5', scope: { region: 'Nord' } };
const company = { scopeKey: '', scope: {} };

describe('scope drill-down', () => {
  it('names the trail from the whole company down to a scope', () => {
    expect(listAncestors(story)).toEqual([
      { scopeKey: '', names: [] },
      { scopeKey: 'product=1', names: ['OptiScan'] },
      { scopeKey: 'product=1;segment=2', names: ['OptiScan', 'Automotive'] },
    ]);
  });

  it('keeps the alerts within a scope, the scope itself included', () => {
    const alerts = [story, product, other, region, company];
    expect(alerts.filter((a) => isAlertWithin(a, 'product=1'))).toEqual([story, product]);
    expect(alerts.filter((a) => isAlertWithin(a, ''))).toHaveLength(5);
  });

  it('offers the next level down with the number of alerts in each, most first', () => {
    const alerts = [story, product, other, region, company];
    expect(listChildSteps(alerts, '')).toEqual([
      { scopeKey: 'product=1', names: ['OptiScan'], count: 2 },
      { scopeKey: 'product=3', names: ['PressLine'], count: 1 },
      { scopeKey: 'region=5', names: ['Nord'], count: 1 },
    ]);
    expect(listChildSteps(alerts, 'product=1')).toEqual([
      { scopeKey: 'product=1;segment=2', names: ['OptiScan', 'Automotive'], count: 1 },
    ]);
  });
});
