import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.ts';
import { AppError } from '../errors.ts';
import { describeGapGoal } from './describe-gap-goal.ts';
import { computeGapGoal, type GapGoalInput } from './gap-goal.ts';

const BASE: GapGoalInput = {
  asOf: '2026-10-01',
  period: '2026-Q4',
  shortfallCents: 70_000_000, // €700,000
  winRate: 0.28,
  averageDealCents: 3_600_000, // €36,000
  cycleDays: 64,
  leadToOpportunityRate: 0.25,
  opportunitiesPerWeek: 12,
};

describe('computeGapGoal', () => {
  it.each([
    // name, changes, status, N, deadline, period
    ['in time', {}, 'in_time', 70, '2026-10-28', '2026-Q4'],
    [
      'exact division needs no extra',
      { shortfallCents: 10_000_000, winRate: 0.25, averageDealCents: 4_000_000 },
      'in_time',
      10,
      '2026-10-28',
      '2026-Q4',
    ],
    [
      'one cent more needs one more',
      { shortfallCents: 10_000_001, winRate: 0.25, averageDealCents: 4_000_000 },
      'in_time',
      11,
      '2026-10-28',
      '2026-Q4',
    ],
    ['deadline today is still in time', { asOf: '2026-10-28' }, 'in_time', 70, '2026-10-28', '2026-Q4'],
    ['too late moves to the next quarter', { asOf: '2026-11-28' }, 'too_late', 70, '2027-01-26', '2027-Q1'],
    [
      'month period',
      { period: '2026-11', asOf: '2026-11-02', cycleDays: 20 },
      'in_time',
      70,
      '2026-11-10',
      '2026-11',
    ],
    [
      'too late in a month moves a month',
      { period: '2026-11', asOf: '2026-11-20', cycleDays: 20 },
      'too_late',
      70,
      '2026-12-11',
      '2026-12',
    ],
    [
      'fiscal year from April: Q3 is Oct–Dec',
      { period: '2026-Q3', calendar: { fiscalYearStartMonth: 4 } },
      'in_time',
      70,
      '2026-10-28',
      '2026-Q3',
    ],
    ['no gap', { shortfallCents: -5_000_000 }, 'no_gap', 0, '2026-10-28', '2026-Q4'],
    ['no win rate', { winRate: 0 }, 'not_computable', 0, '2026-10-28', '2026-Q4'],
  ] as const)('%s', (_name, changes, status, needed, deadline, period) => {
    const goal = computeGapGoal({ ...BASE, ...changes });
    expect(goal.status).toBe(status);
    expect(goal.opportunitiesNeeded).toBe(needed);
    expect(goal.deadline).toBe(deadline);
    expect(goal.period).toBe(period);
  });

  it('shows its arithmetic step by step', () => {
    const goal = computeGapGoal(BASE);
    expect(goal.valuePerOpportunityCents).toBeCloseTo(1_008_000, 6);
    expect(goal.leadsNeeded).toBe(280);
    expect(goal.deadlineWeek).toBe('2026-W44');
    expect(goal.weeksToDeadline).toBeCloseTo(27 / 7, 9);
    expect(goal.opportunitiesPerWeekNeeded).toBeCloseTo(70 / (27 / 7), 9);
    expect(goal.liftOverRunRate).toBeCloseTo(70 / (27 / 7) / 12, 9);
    expect(goal.steps.map((step) => step.key)).toEqual([
      'value_per_opportunity',
      'opportunities_needed',
      'leads_needed',
      'deadline',
      'per_week',
    ]);
    expect(goal.missedPeriod).toBeNull();
  });

  it('says honestly when it is too late for this period', () => {
    const goal = computeGapGoal({ ...BASE, asOf: '2026-11-28' });
    expect(goal.missedPeriod).toEqual({ period: '2026-Q4', periodEnd: '2026-12-31', deadline: '2026-10-28' });
    expect(goal.steps.map((step) => step.key)).toContain('deadline_passed');
    const en = describeGapGoal(goal, 'en');
    expect(en.headline).toMatch(/^Too late for 2026-Q4/);
    expect(en.headline).toContain('moves to 2027-Q1');
    expect(en.headline).toContain('70 more qualified opportunities by 2027-W04 (26 Jan 2027)');
    expect(describeGapGoal(goal, 'de').headline).toMatch(/^Für 2026-Q4 ist es zu spät/);
  });

  it('spreads a goal due this week over at least one week', () => {
    const goal = computeGapGoal({ ...BASE, asOf: '2026-10-27' });
    expect(goal.opportunitiesPerWeekNeeded).toBe(70);
  });

  it('names what is missing instead of inventing a goal', () => {
    const goal = computeGapGoal({ ...BASE, winRate: 0, averageDealCents: Number.NaN });
    expect(goal.missing).toEqual(['winRate', 'averageDealCents']);
    expect(goal.steps).toEqual([]);
    expect(describeGapGoal(goal, 'en').headline).toContain('winRate, averageDealCents missing');
  });

  it('rejects a period that is not a period key', () => {
    expect(() => computeGapGoal({ ...BASE, period: 'Q4/2026' })).toThrow(AppError);
  });

  it('renders the headline with the numbers in German and English', () => {
    const goal = computeGapGoal(BASE);
    expect(describeGapGoal(goal, 'en').headline).toBe(
      'To close the projected €700,000 shortfall by the end of 2026-Q4, at the current win rate of 28%, average deal size of €36,000 and cycle time of 64 days, the campaign must create 70 more qualified opportunities by 2026-W44 (28 Oct 2026).',
    );
    const de = describeGapGoal(goal, 'de');
    expect(de.headline).toContain('Fehlbetrag von 700.000 €');
    expect(de.steps[0]).toBe(
      'Wert je neuer Opportunity = Gewinnquote × Ø Auftragswert = 28 % × 36.000 € = 10.080 €',
    );
    expect(de.steps[1]).toBe('Benötigte Opportunities = ⌈700.000 € ÷ 10.080 €⌉ = 70');
  });

  it('asks for just enough opportunities: N·w·d covers the gap and N − 1 does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e10 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.integer({ min: 100, max: 1e8 }),
        (shortfallCents, winRate, averageDealCents) => {
          const goal = computeGapGoal({ ...BASE, shortfallCents, winRate, averageDealCents });
          const value = winRate * averageDealCents;
          expect(goal.opportunitiesNeeded * value).toBeGreaterThanOrEqual(shortfallCents * (1 - 1e-12));
          expect((goal.opportunitiesNeeded - 1) * value).toBeLessThan(shortfallCents);
        },
      ),
    );
  });

  it('never sets a deadline in the past', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 200 }),
        (dayOffset, cycleDays) => {
          const asOf = addDays('2026-01-01', dayOffset);
          const goal = computeGapGoal({ ...BASE, asOf, period: '2026-Q4', cycleDays });
          if (goal.status === 'in_time') expect(goal.deadline >= asOf).toBe(true);
          if (goal.status === 'too_late')
            expect((goal.missedPeriod?.deadline ?? '9999-12-31') < asOf).toBe(true);
        },
      ),
    );
  });
});
