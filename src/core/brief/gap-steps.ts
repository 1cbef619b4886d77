/** The steps of the gap arithmetic, with the numbers that went in, for describeGapGoal and the brief page. */
import type { IsoDate } from '../calendar.ts';
import type { GapGoal, GapStep } from './gap-goal.ts';

/** The arithmetic behind a gap goal as data, one step per line the brief shows (none without a gap). */
export function listGapSteps(goal: Omit<GapGoal, 'steps'>, asOf: IsoDate): GapStep[] {
  if (goal.status === 'not_computable' || goal.status === 'no_gap') return [];
  const steps: GapStep[] = [
    {
      key: 'value_per_opportunity',
      inputs: { winRate: goal.winRate, averageDealCents: goal.averageDealCents },
      result: goal.valuePerOpportunityCents,
    },
    {
      key: 'opportunities_needed',
      inputs: {
        shortfallCents: goal.shortfallCents,
        valuePerOpportunityCents: goal.valuePerOpportunityCents,
      },
      result: goal.opportunitiesNeeded,
    },
  ];
  if (goal.leadsNeeded !== null && goal.leadToOpportunityRate !== null) {
    const inputs = {
      opportunitiesNeeded: goal.opportunitiesNeeded,
      leadToOpportunityRate: goal.leadToOpportunityRate,
    };
    steps.push({ key: 'leads_needed', inputs, result: goal.leadsNeeded });
  }
  if (goal.missedPeriod) {
    const { periodEnd, deadline } = goal.missedPeriod;
    steps.push({
      key: 'deadline_passed',
      inputs: { periodEnd, cycleDays: goal.cycleDays, asOf },
      result: deadline,
    });
  }
  steps.push({
    key: 'deadline',
    inputs: { periodEnd: goal.periodEnd, cycleDays: goal.cycleDays },
    result: goal.deadline,
  });
  steps.push({
    key: 'per_week',
    inputs: { opportunitiesNeeded: goal.opportunitiesNeeded, weeksToDeadline: goal.weeksToDeadline },
    result: goal.opportunitiesPerWeekNeeded ?? 0,
  });
  return steps;
}
