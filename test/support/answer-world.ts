/**
 * A small workspace for the answer and diagnosis API tests: OptiScan × Automotive, where price is the planted
 * barrier of recent lost deals (a year earlier it was not), two reps with deals there and a third outside the
 * question set, a marketing owner, and a question set sent to the two reps.
 */
import { addDays } from '../../src/core/calendar.ts';
import type { Role } from '../../src/core/types.ts';
import { todayIso } from '../../src/server/today.ts';
import type { NewDeal, QuestionSetRecord, SupportRequestRecord } from '../../src/storage/port.ts';
import { createSessionCaller } from './accounts.ts';
import type { TestApp } from './app.ts';
import { createTestRequest, sendTestQuestionSet } from './question-sets.ts';

export const WORLD_QUESTIONS = [
  'price_perceived_high.lost_on_price',
  'price_perceived_high.too_expensive_heard',
  'competitor_preferred.which_competitor',
  'cross.main_reason_last_loss',
  'cross.customer_quote',
] as const;

const PRICE = [
  'Zu teuer, Lumetra 20 % günstiger',
  'Preis zu hoch im Vergleich',
  'too expensive compared to Lumetra',
];
export const MISCODED = 'Preis zu hoch für das Budget';
const OTHER = ['Kein Bedarf gesehen', 'Projekt verschoben, kein Budget', 'Lieferzeit zu lang'];

export interface Caller {
  userId: number;
  headers: Record<string, string>;
}

export interface AnswerWorld {
  workspaceId: number;
  request: SupportRequestRecord;
  set: QuestionSetRecord;
  callers: Record<'repA' | 'repB' | 'repC' | 'marketing' | 'viewer', Caller>;
  /** Question id by catalogue key. */
  questionIds: Map<string, number>;
  /** A recent lost deal of each rep in the scope (named "… A-1", "… B-1"). */
  dealOf: { repA: number; repB: number; miscoded: number };
}

async function caller(t: TestApp, workspaceId: number, role: Role): Promise<Caller> {
  const { user, headers } = await createSessionCaller(t, role, { workspaceId });
  return { userId: user.id, headers };
}

function lostDeal(spec: {
  n: number;
  ids: Record<string, number>;
  owner: number;
  segment: number;
  daysAgo: number;
  reason: string;
}): NewDeal {
  const closedOn = addDays(todayIso(), -spec.daysAgo);
  return {
    externalId: `W-${spec.n}`,
    name: `Linienscanner ${spec.n}`,
    account: `Kunde ${spec.n} GmbH`,
    productId: spec.ids.product ?? null,
    segmentId: spec.segment,
    regionId: null,
    ownerId: spec.owner,
    amountCents: 3_600_000,
    currency: 'EUR',
    stage: 'Verloren',
    outcome: 'lost',
    createdOn: addDays(closedOn, -60),
    expectedCloseOn: closedOn,
    closedOn,
    lostReason: spec.reason,
    lostBarrier: null,
    competitor: null,
    isRenewal: false,
    leadSource: null,
  };
}

export async function buildAnswerWorld(t: TestApp, workspaceId: number): Promise<AnswerWorld> {
  const { storage } = t.ctx;
  const callers = {
    repA: await caller(t, workspaceId, 'sales_rep'),
    repB: await caller(t, workspaceId, 'sales_rep'),
    repC: await caller(t, workspaceId, 'sales_rep'),
    marketing: await caller(t, workspaceId, 'marketing'),
    viewer: await caller(t, workspaceId, 'viewer'),
  };
  const product = await storage.dimensions.ensure(workspaceId, 'product', 'OptiScan');
  const automotive = await storage.dimensions.ensure(workspaceId, 'segment', 'Automotive');
  const machines = await storage.dimensions.ensure(workspaceId, 'segment', 'Maschinenbau');
  const owners: number[] = [];
  for (const rep of [callers.repA, callers.repB, callers.repC]) {
    const owner = await storage.dimensions.ensure(workspaceId, 'owner', `Owner of ${rep.userId}`);
    await storage.dimensions.assignOwner(workspaceId, owner, { userId: rep.userId });
    owners.push(owner);
  }
  const deals: NewDeal[] = [];
  const ids = { product };
  for (let n = 0; n < 24; n++) {
    const owner = owners[n % 3]!;
    // Now: two of three lost deals on price; a year ago and next door: mostly other reasons.
    deals.push(
      lostDeal({
        n,
        ids,
        owner,
        segment: automotive,
        daysAgo: 5 + n * 3,
        reason: n % 3 === 2 ? OTHER[n % 3]! : PRICE[n % 3]!,
      }),
    );
    deals.push(
      lostDeal({
        n: 100 + n,
        ids,
        owner,
        segment: automotive,
        daysAgo: 370 + n * 3,
        reason: n % 4 === 0 ? PRICE[0]! : OTHER[n % 3]!,
      }),
    );
    deals.push(
      lostDeal({ n: 200 + n, ids, owner, segment: machines, daysAgo: 5 + n * 3, reason: OTHER[n % 3]! }),
    );
  }
  // One text the lexicon miscodes ("Budget" → budget_timing): what marketing relabels.
  deals.push(lostDeal({ n: 999, ids, owner: owners[2]!, segment: machines, daysAgo: 1, reason: MISCODED }));
  const dealIds = await storage.deals.insertMany(workspaceId, deals);
  const request = await createTestRequest(storage, {
    workspaceId,
    title: 'OptiScan × Automotive',
    scope: { product, segment: automotive },
    asOf: todayIso(),
    marketingOwnerId: callers.marketing.userId,
    aidaStage: 'interest',
  });
  const set = await sendTestQuestionSet(storage, {
    workspaceId,
    requestId: request.id,
    title: 'Warum verlieren wir OptiScan-Deals?',
    questionKeys: WORLD_QUESTIONS,
    recipientIds: [callers.repA.userId, callers.repB.userId],
    createdBy: callers.marketing.userId,
    deadlineOn: addDays(todayIso(), 7),
  });
  const stored = await storage.questions.list(workspaceId);
  const questionIds = new Map(stored.map((question) => [question.definition.key, question.id]));
  return {
    workspaceId,
    request,
    set,
    callers,
    questionIds,
    dealOf: { repA: dealIds[0]!, repB: dealIds[3]!, miscoded: dealIds.at(-1)! },
  };
}
