import { describe, expect, it } from 'vitest';
import { buildHistory, type DealSpec } from '../../../test/support/pipeline-builders.ts';
import { CALENDAR_YEAR } from '../calendar.ts';
import { indexPipeline } from './pipeline-index.ts';
import { createQuarterPhaseLookup } from './quarter-phase.ts';
import { DEFAULT_SHOCK, estimatePeriodShock } from './shock.ts';
import { buildSnapshotRecords } from './snapshots.ts';

/** 12 quarters from 2023-01-01 with 100 deals each, open 40 days; `wonOf(q)` of them are won. */
function buildQuarters(wonOf: (quarter: number) => number): DealSpec[] {
  const specs: DealSpec[] = [];
  for (let quarter = 0; quarter < 12; quarter++) {
    for (let i = 0; i < 100; i++) {
      const outcome = i % 100 < wonOf(quarter) ? 'won' : 'lost';
      const createdDay = quarter * 91 + Math.floor((i * 91) / 100);
      specs.push({
        id: specs.length + 1,
        createdDay,
        lifeDays: 40,
        outcome,
        stagesReached: 1,
        amountCents: 1,
      });
    }
  }
  return specs;
}

function estimate(specs: DealSpec[], asOf: string) {
  const index = indexPipeline({ history: buildHistory(specs), asOf });
  const phase = createQuarterPhaseLookup(CALENDAR_YEAR, { fromDay: index.firstDay, toDay: index.asOfDay });
  const records = buildSnapshotRecords(index, {
    windowDays: 730,
    maxRecords: 100_000,
    phase,
    useCloseHints: false,
  });
  return estimatePeriodShock({ index, calendar: CALENDAR_YEAR, records, phase, priorStrength: 20 });
}

describe('period shock', () => {
  it('uses defaults when history is too short', () => {
    const shock = estimate(
      buildQuarters(() => 30),
      '2023-05-01',
    );
    expect(shock).toMatchObject({ ...DEFAULT_SHOCK, snapshotsWin: 0, quartersCreation: 0 });
  });

  it('stays at the floor for steady quarters and grows when whole quarters swing', () => {
    const steady = estimate(
      buildQuarters(() => 30),
      '2026-01-15',
    );
    const swinging = estimate(
      buildQuarters((quarter) => (quarter % 2 === 0 ? 15 : 50)),
      '2026-01-15',
    );
    expect(steady.snapshotsWin).toBeGreaterThan(50);
    expect(steady.sigmaWin).toBeCloseTo(0.15);
    expect(steady.sigmaCreation).toBeCloseTo(0.1);
    // logit 0.15 ≈ −1.7 against logit 0.5 = 0: quarters swing by about ±0.9 on the log-odds scale.
    expect(swinging.sigmaWin).toBeGreaterThan(0.4);
  });
});
