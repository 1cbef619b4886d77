/**
 * The two stories planted in the demo data (documented in README.md). Effect sizes and offsets are fixed here;
 * dates follow from the as-of date, so the stories sit in the same place relative to "today" for any as-of.
 */
import type { BarrierKey } from '../core/aida.ts';
import { addDays, type IsoDate, startOfIsoWeek } from '../core/calendar.ts';

export const DEMO_STORY = {
  /** (a) A cheaper competitor offer costs the flagship scope momentum in the current quarter. */
  momentumLoss: {
    product: 'OptiScan',
    segment: 'Automotive',
    competitor: 'Lumetra',
    /** The shift starts on the Monday of the week this many weeks before the as-of week. */
    weeksBeforeAsOf: 6,
    /** Linear ramp from no effect to the full effect, in days. */
    rampDays: 7,
    /** Multiplies the daily lead rate: fewer buyers ask us at all. */
    leadFactor: 0.88,
    /** Multiplies lead → opportunity conversion and rep-sourced opportunities. */
    conversionFactor: 0.68,
    /**
     * New opportunities from the shift to as-of land this far below the same weeks of the two years before
     * (growth-adjusted): the thinning above is scaled to hit it in expectation, so noise cannot hide the story.
     */
    windowDrop: 0.38,
    /** Bounds of that scaling, so the story stays realistic whatever the noise did. */
    severityRange: [0.5, 1.4] as const,
    /** Multiplies the pass probability at Angebot and at Verhandlung. */
    latePassFactor: 0.88,
    /** Won amounts shrink: reps discount to stay in the race (uniform range of the price factor). */
    wonPriceFactor: [0.9, 0.98] as const,
    /** Share of lost deals whose reason is the competitor's price (applied on top of the normal mix). */
    lossShareLateStages: 0.6,
    lossShareEarlyStages: 0.35,
    /** The current quarter's target leaves the simulated quarter at this attainment range. */
    attainmentRange: [0.72, 0.88] as const,
  },
  /** (b) A campaign a year earlier fixed low awareness of the food-industry line. */
  awarenessCampaign: {
    product: 'PressLine',
    segment: 'Lebensmittel',
    name: 'PressLine Hygienic – Sichtbarkeit in der Lebensmittelindustrie',
    weeksBeforeAsOf: 70,
    durationWeeks: 10,
    /** Lead rate after the campaign relative to before; reached linearly over the campaign weeks. */
    leadLift: 1.3,
    awarenessBeforePct: 17,
    awarenessAfterPct: 29,
    /** Weight of awareness_low in lost reasons before the campaign, relative to the normal mix. */
    awarenessLossBoost: 5,
    objectiveStage: 'attention' as const,
    barriers: ['awareness_low'] as BarrierKey[],
    channels: ['Fachmesse', 'LinkedIn Ads', 'Fachpresse', 'Webinar', 'E-Mail-Nurturing'],
    budgetEuros: 68_000,
  },
} as const;

export interface ResolvedDemoStory {
  momentumLoss: {
    product: string;
    segment: string;
    competitor: string;
    shiftStartOn: IsoDate;
    /** First day of the full effect. */
    fullEffectOn: IsoDate;
    /** Scale of the thinning chosen by calibrate-story.ts (1 until generateDemo calibrates it). */
    severity: number;
  };
  awarenessCampaign: {
    product: string;
    segment: string;
    name: string;
    startOn: IsoDate;
    /** Last day of the campaign (a Sunday). */
    endOn: IsoDate;
  };
}

/** The story dates for an as-of date. */
export function resolveDemoStory(asOf: IsoDate): ResolvedDemoStory {
  const a = DEMO_STORY.momentumLoss;
  const b = DEMO_STORY.awarenessCampaign;
  const asOfWeek = startOfIsoWeek(asOf);
  const shiftStartOn = addDays(asOfWeek, -7 * a.weeksBeforeAsOf);
  const startOn = addDays(asOfWeek, -7 * b.weeksBeforeAsOf);
  return {
    momentumLoss: {
      product: a.product,
      segment: a.segment,
      competitor: a.competitor,
      shiftStartOn,
      fullEffectOn: addDays(shiftStartOn, a.rampDays),
      severity: 1,
    },
    awarenessCampaign: {
      product: b.product,
      segment: b.segment,
      name: b.name,
      startOn,
      endOn: addDays(startOn, 7 * b.durationWeeks - 1),
    },
  };
}
