import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHistory, dayArbitrary, historyArbitrary } from '../../../test/support/pipeline-builders.ts';
import { cutToAsOf, findStageOnDay } from './as-of.ts';

describe('cutToAsOf examples', () => {
  const history = buildHistory([
    // Created 2023-01-11, stage changes on days 0, 20, 40, won on day 80 (2023-04-01).
    { id: 1, createdDay: 10, lifeDays: 80, outcome: 'won', stagesReached: 3, amountCents: 100 },
    { id: 2, createdDay: 10, lifeDays: 30, outcome: 'lost', stagesReached: 1, amountCents: 100 },
    { id: 3, createdDay: 200, lifeDays: 10, outcome: 'won', stagesReached: 1, amountCents: 100 },
    {
      id: 4,
      createdDay: 10,
      lifeDays: 80,
      outcome: 'won',
      stagesReached: 2,
      amountCents: 100,
      hasHistory: false,
    },
  ]);

  it.each([
    ['2023-02-15', 1, 'Propose', 'open'],
    ['2023-03-15', 1, 'Negotiate', 'open'],
    ['2023-04-01', 1, 'Won', 'won'],
    ['2023-01-20', 2, 'Qualify', 'open'],
    ['2023-02-10', 2, 'Lost', 'lost'],
    ['2023-02-15', 4, 'Qualify', 'open'],
  ])('on %s deal %i is in %s (%s)', (asOf, id, stage, outcome) => {
    const deal = cutToAsOf(history, asOf).deals.find((item) => item.id === id);
    expect(deal?.stage).toBe(stage);
    expect(deal?.outcome).toBe(outcome);
  });

  it('hides the loss details and close date of a deal lost later', () => {
    const deal = cutToAsOf(history, '2023-01-20').deals.find((item) => item.id === 2);
    expect(deal).toMatchObject({ closedOn: null, lostReason: null, lostBarrier: null, competitor: null });
  });

  it('drops deals created later, with their stage changes, leads and metrics', () => {
    const cut = cutToAsOf(history, '2023-06-01');
    expect(cut.deals.map((deal) => deal.id)).toEqual([1, 2, 4]);
    expect(cut.stageChanges.some((change) => change.dealId === 3)).toBe(false);
    expect(cut.leads.map((lead) => lead.id)).toEqual([1, 2, 4]);
    expect(cut.metrics).toHaveLength(3);
  });

  it('keeps the current stage of an open deal without history', () => {
    const open = buildHistory([
      {
        id: 1,
        createdDay: 0,
        lifeDays: 5,
        outcome: 'open',
        stagesReached: 3,
        amountCents: 1,
        hasHistory: false,
      },
    ]);
    const [deal] = open.deals;
    expect(deal && findStageOnDay({ deal, changes: [], day: '2023-01-02', initialStage: 'Qualify' })).toBe(
      'Negotiate',
    );
  });
});

describe('cutToAsOf properties', () => {
  it('shows nothing dated after asOf', () => {
    fc.assert(
      fc.property(historyArbitrary(), dayArbitrary(), (history, asOf) => {
        const cut = cutToAsOf(history, asOf);
        for (const deal of cut.deals) {
          expect(deal.createdOn <= asOf).toBe(true);
          if (deal.closedOn !== null) expect(deal.closedOn <= asOf).toBe(true);
          if (deal.outcome !== 'open') expect(deal.closedOn).not.toBeNull();
          else expect(deal.lostReason).toBeNull();
        }
        expect(cut.stageChanges.every((change) => change.changedOn <= asOf)).toBe(true);
        expect(cut.leads.every((lead) => lead.createdOn <= asOf && (lead.convertedOn ?? '') <= asOf)).toBe(
          true,
        );
        expect(cut.metrics.every((metric) => metric.observedOn <= asOf)).toBe(true);
      }),
    );
  });

  it('cutting twice equals cutting once at the earlier date', () => {
    fc.assert(
      fc.property(historyArbitrary(), dayArbitrary(), dayArbitrary(), (history, first, second) => {
        const earlier = [first, second].sort()[0] ?? first;
        expect(cutToAsOf(cutToAsOf(history, first), second)).toEqual(cutToAsOf(history, earlier));
      }),
    );
  });

  it('returns a history it cut as is when cut again on that date or later: the same as cutting a copy', () => {
    fc.assert(
      fc.property(historyArbitrary(), dayArbitrary(), dayArbitrary(), (history, first, second) => {
        const cut = cutToAsOf(history, first);
        const again = cutToAsOf(cut, second);
        if (second >= first) expect(again).toBe(cut);
        // A copy is not known as cut, so it goes through the whole cut.
        expect(again).toEqual(cutToAsOf(structuredClone(cut), second));
      }),
    );
  });

  it('changes nothing when asOf is after all data, and does not mutate its input', () => {
    fc.assert(
      fc.property(historyArbitrary(), (history) => {
        const copy = structuredClone(history);
        expect(cutToAsOf(history, '2030-01-01')).toEqual(history);
        expect(history).toEqual(copy);
      }),
    );
  });

  it('keeps deals closed by asOf exactly as recorded', () => {
    fc.assert(
      fc.property(historyArbitrary(), dayArbitrary(), (history, asOf) => {
        const cut = cutToAsOf(history, asOf);
        const closed = history.deals.filter((deal) => deal.closedOn !== null && deal.closedOn <= asOf);
        for (const deal of closed) expect(cut.deals).toContainEqual(deal);
      }),
    );
  });
});
