import { describe, expect, it } from 'vitest';
import { findIndicator, INDICATORS, inferMetricFamily } from './catalogue.ts';

describe('indicator catalogue', () => {
  it('declares family, bad direction, AIDA stage and leading flag for every fixed indicator', () => {
    expect(INDICATORS.map((indicator) => indicator.key)).toEqual([
      'new_leads',
      'new_opportunities',
      'new_opportunity_value',
      'win_rate',
      'avg_deal_size',
      'cycle_time',
      'late_stage_stalls',
      'renewal_rate',
    ]);
    expect(findIndicator('cycle_time')).toMatchObject({
      family: 'log_gaussian',
      badDirection: 'up',
      aidaStage: 'action',
    });
    expect(findIndicator('new_leads')).toMatchObject({
      family: 'count',
      aidaStage: 'attention',
      isLeading: true,
    });
  });

  it('resolves keyed indicators: stage conversions, barrier shares and metrics', () => {
    expect(findIndicator('stage_conversion:Angebot')).toMatchObject({
      family: 'binomial',
      aidaStage: 'desire',
    });
    expect(findIndicator('lost_barrier_share:price_perceived_high')).toMatchObject({
      family: 'binomial',
      badDirection: 'up',
      aidaStage: 'desire',
    });
    expect(findIndicator('lost_barrier_share:product_gap')?.aidaStage).toBeNull();
    expect(findIndicator('lost_barrier_share:not_a_barrier')).toBeNull();
    expect(findIndicator('metric:aided_awareness')?.family).toBe('log_gaussian');
    expect(findIndicator('unknown')).toBeNull();
  });

  it('infers a metric family from its values when the key is unknown', () => {
    expect(inferMetricFamily('webinar_signups', [3, 0, 12])).toBe('count');
    expect(inferMetricFamily('nps', [31.5, 40.2])).toBe('log_gaussian');
    expect(inferMetricFamily('web_visits', [1.5])).toBe('count');
  });
});
