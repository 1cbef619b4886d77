/**
 * A support request with a stored diagnosis, written straight through the repositories (the request and
 * diagnosis features are built elsewhere): what the brief builder starts from in API and browser tests.
 */
import { type BarrierKey, getBarrier } from '../../src/core/aida.ts';
import type { BarrierFinding } from '../../src/core/diagnosis/types.ts';
import type { DiagnosisVerdict } from '../../src/core/types.ts';
import type { Storage } from '../../src/storage/port.ts';

export interface SeededRequest {
  requestId: number;
  scope: { product: number; segment: number };
}

function finding(barrier: BarrierKey, rank: number, share: number, quote: string): BarrierFinding {
  const definition = getBarrier(barrier);
  return {
    rank,
    barrier,
    aidaStage: definition.aidaStage,
    campaignCanHelp: definition.campaignCanHelp,
    routeTo: definition.routeTo,
    share: { estimate: share, low: share - 0.1, high: share + 0.1 },
    lostReasons: {
      now: null,
      baseline: null,
      siblings: null,
      changeVsBaseline: null,
      differenceVsSiblings: null,
    },
    answers: { score: null, scoreReps: 0, support: null, namedBy: 0 },
    evidence: {
      quotes: [{ repId: 1, questionKey: 'main_reason', text: quote, because: [] }],
      linkedDealIds: [],
      lostDealIds: [],
      lostReasonTexts: [],
    },
  };
}

/** A request for OptiScan × Automotive with a Q4 bookings shortfall and a diagnosis whose main barrier is `main`. */
export async function seedDiagnosedRequest(
  storage: Storage,
  workspaceId: number,
  main: BarrierKey,
  options: { secondary?: BarrierKey; asOf?: string } = {},
): Promise<SeededRequest> {
  const asOf = options.asOf ?? '2026-10-01';
  const product = await storage.dimensions.ensure(workspaceId, 'product', 'OptiScan');
  const segment = await storage.dimensions.ensure(workspaceId, 'segment', 'Automotive');
  const scope = { product, segment };
  const request = await storage.requests.insert(workspaceId, {
    title: `OptiScan × Automotive: ${main}`,
    evidence: {
      asOf,
      scope,
      scopeNames: { product: 'OptiScan', segment: 'Automotive' },
      alert: null,
      aidaStage: getBarrier(main).aidaStage,
      forecast: {
        period: '2026-Q4',
        measure: 'bookings',
        target: 250_000_000,
        booked: 90_000_000,
        p10: 150_000_000,
        p50: 180_000_000,
        p90: 210_000_000,
        pMiss: 0.78,
        expectedShortfall: 70_000_000,
        periodEnd: '2026-12-31',
      },
      weeksLeft: 13,
      drivers: [],
      reasonShifts: [],
      suggestedQuestions: [],
    },
    requestedBy: null,
    marketingOwnerId: null,
    dueOn: null,
    alertIds: [],
    createdAt: `${asOf}T08:00:00.000Z`,
  });
  const secondary = options.secondary ?? (main === 'trust_risk' ? 'awareness_low' : 'trust_risk');
  const verdict: DiagnosisVerdict =
    getBarrier(main).campaignCanHelp === 'no'
      ? 'not_a_campaign_problem'
      : main === 'price_perceived_high'
        ? 'campaign_and_pricing'
        : 'campaign';
  await storage.diagnoses.save(workspaceId, {
    requestId: request.id,
    verdict,
    aidaStage: getBarrier(main).aidaStage,
    confidence: 0.7,
    result: {
      diagnosis: {
        barriers: [
          finding(main, 1, 0.55, `Beleg für ${main}`),
          finding(secondary, 2, 0.2, `Auch genannt: ${secondary}`),
        ],
      },
    },
    computedAt: `${asOf}T09:00:00.000Z`,
  });
  return { requestId: request.id, scope };
}
