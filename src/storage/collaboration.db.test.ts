import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/databases.ts';
import { buildNewDeal } from '../../test/support/new-deal.ts';
import { QUESTION_CATALOGUE } from '../core/questions/catalogue.ts';
import type { RequestEvidence } from '../core/requests/evidence.ts';
import type { NewDeal, Storage } from './port.ts';
import { createStorage } from './storage.ts';

const AT = '2026-11-28T09:00:00.000Z';

/** A deal lost on price, for answers to link to. */
function dealFor(externalId: string): NewDeal {
  return buildNewDeal(externalId, {
    account: 'Kunde',
    stage: 'Lost',
    outcome: 'lost',
    expectedCloseOn: null,
    closedOn: '2026-11-01',
    lostReason: 'Zu teuer',
  });
}

function evidence(scope: RequestEvidence['scope']): RequestEvidence {
  return {
    asOf: '2026-11-28',
    scope,
    scopeNames: { product: 'OptiScan' },
    alert: null,
    aidaStage: 'desire',
    forecast: null,
    weeksLeft: null,
    drivers: [],
    reasonShifts: [{ barrier: 'price_perceived_high', baselineShare: 0.1, currentShare: 0.3 }],
    suggestedQuestions: [],
  };
}

describeEachEngine('collaboration storage', (get) => {
  let storage: Storage;
  let workspaceId: number;
  let otherWorkspaceId: number;
  let repIds: number[];

  beforeAll(async () => {
    storage = createStorage(get().database);
    workspaceId = (await storage.workspaces.create({ name: 'A', slug: 'a' })).id;
    otherWorkspaceId = (await storage.workspaces.create({ name: 'B', slug: 'b' })).id;
    repIds = [];
    for (const name of ['rep1', 'rep2', 'rep3']) {
      const user = await storage.users.create({
        workspaceId,
        email: `${name}@collab.test`,
        name,
        role: 'sales_rep',
        passwordHash: null,
      });
      repIds.push(user.id);
    }
  });

  it('keeps a request with its frozen evidence and alerts, per workspace', async () => {
    const [alertId] = (
      await storage.alerts.upsertFromScan(workspaceId, '2026-11-28', [
        {
          kind: 'indicator_shift',
          dedupeKey: 'x',
          scope: { product: 1 },
          indicator: 'new_opportunities',
          severity: 'high',
          aidaStage: 'interest',
          firstDetectedOn: '2026-11-20',
          changeStartOn: null,
          changePct: -30,
          forecast: null,
          drivers: [],
          explanation: {
            waterfall: null,
            reasonShifts: [],
            suggestedQuestions: [],
            series: [],
            relatedIndicators: [],
          },
        },
      ])
    ).created;
    const created = await storage.requests.insert(workspaceId, {
      title: 'OptiScan: help',
      evidence: evidence({ product: 1 }),
      requestedBy: null,
      marketingOwnerId: null,
      dueOn: '2026-12-12',
      alertIds: [alertId!],
      createdAt: AT,
    });
    expect(created).toMatchObject({ status: 'requested', scope: { product: 1 }, alertIds: [alertId] });
    expect((await storage.requests.find(workspaceId, created.id))?.evidence).toEqual(
      evidence({ product: 1 }),
    );
    expect(await storage.requests.find(otherWorkspaceId, created.id)).toBeNull();
    expect((await storage.requests.listForAlert(workspaceId, alertId!)).map((r) => r.id)).toEqual([
      created.id,
    ]);
    const moved = await storage.requests.update(workspaceId, created.id, { status: 'asking', updatedAt: AT });
    expect(moved?.status).toBe('asking');
    expect(
      await storage.requests.update(otherWorkspaceId, created.id, { status: 'closed', updatedAt: AT }),
    ).toBeNull();
    expect((await storage.requests.list(workspaceId, { statuses: ['asking'] })).map((r) => r.id)).toEqual([
      created.id,
    ]);
  });

  it('seeds the catalogue once, even when two callers race, and keeps custom questions apart', async () => {
    const [first, second] = await Promise.all([
      storage.questions.insertMissingCatalogue(workspaceId, QUESTION_CATALOGUE, AT),
      storage.questions.insertMissingCatalogue(workspaceId, QUESTION_CATALOGUE, AT),
    ]);
    expect((first ?? 0) + (second ?? 0)).toBe(QUESTION_CATALOGUE.length);
    expect(await storage.questions.insertMissingCatalogue(workspaceId, QUESTION_CATALOGUE, AT)).toBe(0);
    const listed = await storage.questions.list(workspaceId);
    expect(listed.map((q) => q.definition)).toEqual(QUESTION_CATALOGUE);
    const custom = await storage.questions.insert(workspaceId, {
      content: {
        barrier: 'trust_risk',
        aidaStage: 'desire',
        answerType: 'single_choice',
        text: { de: 'Referenzen?', en: 'References?' },
        options: [{ key: 'yes', label: { de: 'Ja', en: 'Yes' }, barrier: 'trust_risk' }],
      },
      createdBy: null,
      at: AT,
    });
    expect(custom.definition.key).toBe(`custom.${custom.id}`);
    expect(custom.catalogueKey).toBeNull();
    expect(await storage.questions.find(otherWorkspaceId, custom.id)).toBeNull();
    const archived = await storage.questions.update(workspaceId, custom.id, { isArchived: true, at: AT });
    expect(archived?.isArchived).toBe(true);
    expect((await storage.questions.list(workspaceId)).some((q) => q.id === custom.id)).toBe(false);
  });

  it('keeps question sets with ordered questions, recipients and answers with linked deals', async () => {
    const [request] = await storage.requests.list(workspaceId);
    const questions = await storage.questions.list(workspaceId);
    const [q1, q2, q3] = questions.map((q) => q.id);
    const set = await storage.questionSets.insert(workspaceId, {
      requestId: request!.id,
      title: 'Fragen',
      deadlineOn: '2026-12-05',
      createdBy: null,
      createdAt: AT,
      questionIds: [q3!, q1!],
      recipientIds: [repIds[0]!, repIds[1]!],
    });
    expect(set.questionIds).toEqual([q3, q1]);
    expect(set.status).toBe('draft');
    expect(await storage.questionSets.listForRecipient(workspaceId, repIds[0]!)).toEqual([]);
    await storage.questionSets.update(workspaceId, set.id, { status: 'sent', sentAt: AT });
    await storage.questionSets.setRecipientStatus(workspaceId, set.id, {
      userId: repIds[0]!,
      status: 'submitted',
      submittedAt: AT,
    });
    await storage.questionSets.replaceRecipients(workspaceId, set.id, [repIds[0]!, repIds[2]!]);
    await storage.questionSets.replaceQuestions(workspaceId, set.id, [q2!, q3!]);
    const after = await storage.questionSets.find(workspaceId, set.id);
    expect(after?.questionIds).toEqual([q2, q3]);
    expect(after?.recipients.map((r) => [r.userId, r.status])).toEqual([
      [repIds[0], 'submitted'],
      [repIds[2], 'pending'],
    ]);
    expect((await storage.questionSets.listForRecipient(workspaceId, repIds[2]!)).map((s) => s.id)).toEqual([
      set.id,
    ]);
    expect(await storage.questionSets.find(otherWorkspaceId, set.id)).toBeNull();
    expect(await storage.questions.isUsed(workspaceId, q2!)).toBe(true);

    const base = {
      questionSetId: set.id,
      questionId: q2!,
      userId: repIds[0]!,
      competitor: null,
      codedBarrier: null,
    };
    const saved = await storage.answers.save(workspaceId, {
      ...base,
      value: 4,
      quote: 'zu teuer',
      dealIds: [],
      updatedAt: AT,
    });
    const again = await storage.answers.save(workspaceId, {
      ...base,
      value: 5,
      quote: null,
      dealIds: [],
      updatedAt: AT,
    });
    expect(again.id).toBe(saved.id);
    expect(again).toMatchObject({ value: 5, quote: null });
    expect(await storage.answers.listForSet(workspaceId, set.id, { userId: repIds[1]! })).toEqual([]);
    expect(await storage.answers.listForSet(otherWorkspaceId, set.id)).toEqual([]);
  });

  it("saves all of a rep's answers at once: values and deal links replaced, other reps untouched", async () => {
    const [request] = await storage.requests.list(workspaceId);
    const [q1, q2, q3] = (await storage.questions.list(workspaceId)).map((q) => q.id);
    expect((await storage.questions.list(workspaceId, { ids: [q3!, q1!] })).map((q) => q.id)).toEqual([
      q1,
      q3,
    ]);
    expect(await storage.questions.list(workspaceId, { ids: [] })).toEqual([]);
    expect(await storage.questions.list(otherWorkspaceId, { ids: [q1!] })).toEqual([]);
    const set = await storage.questionSets.insert(workspaceId, {
      requestId: request!.id,
      title: 'Alle auf einmal',
      deadlineOn: '2026-12-05',
      createdBy: null,
      createdAt: AT,
      questionIds: [q1!, q2!, q3!],
      recipientIds: [repIds[0]!, repIds[1]!],
    });
    const dealIds = await storage.deals.insertMany(workspaceId, [
      dealFor('S-1'),
      dealFor('S-2'),
      dealFor('S-3'),
    ]);
    const [d1, d2, d3] = dealIds;
    const answer = (userId: number, questionId: number, value: unknown, links: number[]) => ({
      questionSetId: set.id,
      questionId,
      userId,
      value,
      quote: null,
      competitor: null,
      codedBarrier: null,
      dealIds: links,
      updatedAt: AT,
    });
    const theirs = answer(repIds[1]!, q1!, 'ihre', [d3!]);
    await storage.answers.saveAll(workspaceId, [theirs]);
    await storage.answers.saveAll(workspaceId, [
      answer(repIds[0]!, q1!, 1, [d1!, d2!]),
      answer(repIds[0]!, q2!, 2, []),
    ]);
    await storage.answers.saveAll(workspaceId, [
      answer(repIds[0]!, q1!, 10, [d2!, d3!, d3!]),
      answer(repIds[0]!, q3!, 'erst', []),
      answer(repIds[0]!, q3!, 'zuletzt', [d1!]),
    ]);
    const mine = await storage.answers.listForSet(workspaceId, set.id, { userId: repIds[0]! });
    expect(mine.map((a) => [a.questionId, a.value, a.dealIds])).toEqual([
      [q1, 10, [d2, d3]],
      [q2, 2, []],
      [q3, 'zuletzt', [d1]],
    ]);
    const other = await storage.answers.listForSet(workspaceId, set.id, { userId: repIds[1]! });
    expect(other.map((a) => [a.questionId, a.value, a.dealIds])).toEqual([[q1, 'ihre', [d3]]]);
    await storage.answers.saveAll(workspaceId, []);
  });

  it('keeps text labels, one diagnosis per request, and comments per entity', async () => {
    const label = await storage.textLabels.insert(workspaceId, {
      source: 'lost_reason',
      sourceId: 12,
      text: 'Kunde zog um',
      barrier: 'unknown',
      labelledBy: null,
      createdAt: AT,
    });
    expect(await storage.textLabels.list(workspaceId)).toEqual([label]);
    expect(await storage.textLabels.list(otherWorkspaceId)).toEqual([]);
    const [request] = await storage.requests.list(workspaceId);
    const base = { requestId: request!.id, aidaStage: 'desire' as const, computedAt: AT };
    await storage.diagnoses.save(workspaceId, {
      ...base,
      verdict: 'campaign',
      confidence: 0.2,
      result: { a: 1 },
    });
    const second = await storage.diagnoses.save(workspaceId, {
      ...base,
      verdict: 'campaign_and_pricing',
      confidence: 0.6,
      result: { a: 2 },
    });
    expect(await storage.diagnoses.find(workspaceId, request!.id)).toEqual(second);
    expect(await storage.diagnoses.find(otherWorkspaceId, request!.id)).toBeNull();
    const comment = await storage.comments.insert(workspaceId, {
      entity: 'support_request',
      entityId: request!.id,
      authorId: repIds[0]!,
      body: '@rep2 bitte',
      mentions: [repIds[1]!],
      createdAt: AT,
    });
    expect(await storage.comments.list(workspaceId, 'support_request', request!.id)).toEqual([comment]);
    expect(await storage.comments.list(otherWorkspaceId, 'support_request', request!.id)).toEqual([]);
  });
});
