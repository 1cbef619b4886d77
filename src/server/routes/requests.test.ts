/**
 * The support-request workflow through the API on both engines: a sales manager requests support from an alert
 * (evidence frozen, alert moved, owner notified), marketing sends the proposed questions to the suggested rep,
 * the request moves to asking and progress shows who answered. Permissions, unknown ids and illegal moves too.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSessionCaller, ensureWorkspace } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import {
  priceAlert,
  type RequestFixture,
  seedRequestFixture,
} from '../../../test/support/request-fixtures.ts';
import { errorBodySchema } from '../../contract/errors.ts';
import {
  type CreateRequest,
  commentSchema,
  proposalSchema,
  requestDetailSchema,
  requestDraftSchema,
  requestListSchema,
} from '../../contract/requests.ts';
import type { Role } from '../../core/types.ts';
import type { User } from '../../storage/port.ts';
import { todayIso } from '../today.ts';

type Who = Role | 'rep_without_deals';
type Method = 'GET' | 'POST' | 'PATCH';

describeEachEngine('support requests API', (get) => {
  let t: TestApp;
  let workspaceId: number;
  let fixture: RequestFixture;
  const today = todayIso();
  const users = new Map<Who, User>();
  const headers = new Map<Who, Record<string, string>>();
  const call = (who: Who, method: Method, url: string, payload?: object) =>
    t.app.inject({ method, url, headers: headers.get(who) ?? {}, ...(payload ? { payload } : {}) });
  const errorOf = (response: { json(): unknown }) => errorBodySchema.parse(response.json()).error;
  const notificationsOf = async (who: Who) =>
    t.ctx.storage.notifications.listForUser(workspaceId, users.get(who)!.id, { limit: 20 });

  beforeAll(async () => {
    t = await createTestApp(get());
    workspaceId = await ensureWorkspace(t);
    const roles: [Who, Role][] = [
      ['admin', 'admin'],
      ['sales_manager', 'sales_manager'],
      ['marketing', 'marketing'],
      ['sales_rep', 'sales_rep'],
      ['rep_without_deals', 'sales_rep'],
      ['viewer', 'viewer'],
    ];
    for (const [who, role] of roles) {
      const caller = await createSessionCaller(t, role);
      users.set(who, caller.user);
      headers.set(who, caller.headers);
    }
    await t.ctx.storage.users.update(workspaceId, users.get('marketing')!.id, { name: 'Mara Marketing' });
    fixture = await seedRequestFixture({
      storage: t.ctx.storage,
      workspaceId,
      repUserIds: [users.get('sales_rep')!.id, users.get('rep_without_deals')!.id],
      today,
    });
  });
  afterAll(async () => {
    await t.app.close();
  });

  async function createFromAlert(extra: Partial<CreateRequest> = {}) {
    const response = await call('sales_manager', 'POST', '/api/requests', {
      alertId: fixture.alertId,
      marketingOwnerId: users.get('marketing')!.id,
      dueOn: '2030-01-15',
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(201);
    return requestDetailSchema.parse(response.json());
  }

  it('drafts a request from an alert: title, evidence as of today, marketing owners to pick', async () => {
    const response = await call('sales_manager', 'GET', `/api/requests/draft?alert=${fixture.alertId}`);
    expect(response.statusCode).toBe(200);
    const draft = requestDraftSchema.parse(response.json());
    expect(draft.title).toMatch(/^OptiScan × Automotive: −/);
    expect(draft.evidence).toMatchObject({ asOf: today, aidaStage: 'desire', forecast: { pMiss: 0.78 } });
    expect(draft.owners.map((o) => o.id)).toContain(users.get('marketing')!.id);
    expect(draft.owners.map((o) => o.role)).not.toContain('sales_rep');
  });

  it('creates a request from an alert in one step: evidence frozen, alert moved, owner notified', async () => {
    const detail = await createFromAlert({ note: '@Mara Marketing bitte bis Freitag ansehen' });
    expect(detail.request).toMatchObject({
      status: 'requested',
      scopeLabel: 'OptiScan × Automotive',
      marketingOwner: { name: 'Mara Marketing' },
      requestedBy: { id: users.get('sales_manager')!.id },
      dueOn: '2030-01-15',
      alertIds: [fixture.alertId],
    });
    expect(detail.evidence.reasonShifts).toEqual([
      { barrier: 'price_perceived_high', baselineShare: 0.12, currentShare: 0.41 },
    ]);
    expect(detail.comments[0]).toMatchObject({ mentions: [{ name: 'Mara Marketing' }] });
    expect(detail.activity.map((a) => a.action)).toEqual(['create']);
    expect((await t.ctx.storage.alerts.get(workspaceId, fixture.alertId)).status).toBe('support_requested');
    const kinds = (await notificationsOf('marketing')).map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['request_assigned', 'mentioned']));

    // A later scan changes the alert; the request keeps what it was asked on.
    const later = priceAlert({ ...fixture, today });
    await t.ctx.storage.alerts.upsertFromScan(workspaceId, today, [
      { ...later, forecast: { ...later.forecast!, pMiss: 0.2 } },
    ]);
    const again = requestDetailSchema.parse(
      (await call('marketing', 'GET', `/api/requests/${detail.request.id}`)).json(),
    );
    expect(again.evidence.forecast?.pMiss).toBe(0.78);
  });

  it('creates a request by hand for a scope, and names a bad scope id or owner', async () => {
    const byHand = await call('sales_manager', 'POST', '/api/requests', {
      scope: { product: fixture.productId },
      marketingOwnerId: null,
      dueOn: null,
    });
    expect(byHand.statusCode, byHand.body).toBe(201);
    const detail = requestDetailSchema.parse(byHand.json());
    expect(detail.evidence.alert).toBeNull();
    expect(detail.request.title).toMatch(/^OptiScan: /);
    const badScope = await call('sales_manager', 'POST', '/api/requests', {
      scope: { product: 999_999 },
      marketingOwnerId: null,
      dueOn: null,
    });
    expect(badScope.statusCode).toBe(400);
    expect(errorOf(badScope).details.map((d) => d.field)).toEqual(['body.scope.product']);
    const badOwner = await call('sales_manager', 'POST', '/api/requests', {
      scope: {},
      marketingOwnerId: users.get('sales_rep')!.id,
      dueOn: null,
    });
    expect(badOwner.statusCode).toBe(400);
    expect(errorOf(badOwner).details.map((d) => d.field)).toEqual(['body.marketingOwnerId']);
  });
  it('refuses requests from reps, comments from viewers, and answers 404 for unknown ids', async () => {
    const rep = await call('sales_rep', 'POST', '/api/requests', { marketingOwnerId: null, dueOn: null });
    expect(rep.statusCode).toBe(403);
    expect((await call('sales_rep', 'GET', '/api/requests')).statusCode).toBe(403);
    const [first] = requestListSchema.parse((await call('viewer', 'GET', '/api/requests')).json()).items;
    const viewerComment = await call('viewer', 'POST', `/api/requests/${first!.id}/comments`, {
      body: 'Hallo',
    });
    expect(viewerComment.statusCode).toBe(403);
    for (const [method, url, body] of [
      ['GET', '/api/requests/987654', undefined],
      ['PATCH', '/api/requests/987654', { dueOn: null }],
      ['POST', '/api/requests/987654/comments', { body: 'x' }],
      ['GET', '/api/requests/987654/question-set-proposal', undefined],
      ['GET', `/api/requests/draft?alert=987654`, undefined],
    ] as const) {
      const response = await call('admin', method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    // A rep who was sent no questions for a request cannot comment on it either.
    const repComment = await call('sales_rep', 'POST', `/api/requests/${first!.id}/comments`, { body: 'x' });
    expect(repComment.statusCode).toBe(404);
  });
  it('rejects illegal status moves with a clear error naming the allowed ones', async () => {
    const { request } = await createFromAlert();
    const byMarketing = await call('marketing', 'PATCH', `/api/requests/${request.id}`, { status: 'closed' });
    expect(byMarketing.statusCode).toBe(409);
    expect(errorOf(byMarketing).message).toBe(
      'A request cannot move from requested to closed by marketing; allowed: asking, diagnosing',
    );
    const bySales = await call('sales_manager', 'PATCH', `/api/requests/${request.id}`, {
      status: 'briefing',
    });
    expect(bySales.statusCode).toBe(409);
    expect(errorOf(bySales).details[0]).toMatchObject({ field: 'body.status', value: 'briefing' });
    const closed = await call('sales_manager', 'PATCH', `/api/requests/${request.id}`, { status: 'closed' });
    expect(requestDetailSchema.parse(closed.json()).request.status).toBe('closed');
    const reopen = await call('admin', 'PATCH', `/api/requests/${request.id}`, { status: 'asking' });
    expect(reopen.statusCode).toBe(409);
    const edit = await call('marketing', 'PATCH', `/api/requests/${request.id}`, { title: 'Neu' });
    expect(edit.statusCode).toBe(409);
  });
  it('proposes questions from the evidence and sends them to the suggested rep; the request moves to asking', async () => {
    const { request } = await createFromAlert();
    const proposalResponse = await call(
      'marketing',
      'GET',
      `/api/requests/${request.id}/question-set-proposal`,
    );
    expect(proposalResponse.statusCode).toBe(200);
    const proposal = proposalSchema.parse(proposalResponse.json());
    expect(proposal.questions.length).toBeGreaterThan(2);
    expect(proposal.questions.length).toBeLessThanOrEqual(8);
    expect(proposal.questions[0]!.question.barrier).toBe('price_perceived_high');
    expect(proposal.questions[0]!.because.de).toContain('12 % auf 41 %');
    expect(proposal.reps.map((r) => [r.user.id, r.isSuggested, r.dealCount])).toEqual([
      [users.get('sales_rep')!.id, true, 6],
      [users.get('rep_without_deals')!.id, false, 0],
    ]);
    expect(
      (await call('sales_manager', 'GET', `/api/requests/${request.id}/question-set-proposal`)).statusCode,
    ).toBe(403);

    const questionIds = proposal.questions.map((q) => q.question.id);
    const bad = await call('marketing', 'POST', `/api/requests/${request.id}/question-sets`, {
      title: proposal.title,
      deadlineOn: '2000-01-01',
      questionIds: [...questionIds.slice(0, 2), 987_654],
      recipientIds: [users.get('viewer')!.id],
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details.map((d) => d.field)).toEqual([
      'body.deadlineOn',
      'body.questionIds',
      'body.recipientIds',
    ]);

    const sent = await call('marketing', 'POST', `/api/requests/${request.id}/question-sets`, {
      title: proposal.title,
      deadlineOn: proposal.deadlineOn,
      questionIds,
      recipientIds: [users.get('sales_rep')!.id],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const detail = requestDetailSchema.parse(
      (await call('marketing', 'GET', `/api/requests/${request.id}`)).json(),
    );
    expect(detail.request.status).toBe('asking');
    expect(detail.request.progress).toEqual({ asked: 1, answered: 0 });
    expect(detail.questionSets[0]!.questions.map((q) => q.id)).toEqual(questionIds);
    expect(detail.questionSets[0]!.recipients).toMatchObject([{ status: 'pending', submittedAt: null }]);
    expect(detail.activity.map((a) => a.action)).toEqual(['create', 'send_questions']);
    const repNotes = await notificationsOf('sales_rep');
    expect(repNotes.find((n) => n.kind === 'questions_received')).toMatchObject({ link: '/inbox' });

    // The rep answers (the answers feature writes this); marketing sees it as progress.
    const { id: setId } = sent.json() as { id: number };
    await t.ctx.storage.answers.save(workspaceId, {
      questionSetId: setId,
      questionId: questionIds[0]!,
      userId: users.get('sales_rep')!.id,
      value: 4,
      quote: null,
      competitor: null,
      codedBarrier: null,
      dealIds: [],
      updatedAt: new Date().toISOString(),
    });
    const drafted = requestDetailSchema.parse(
      (await call('marketing', 'GET', `/api/requests/${request.id}`)).json(),
    );
    expect(drafted.questionSets[0]!.recipients[0]!.answeredQuestions).toBe(1);
    await t.ctx.storage.questionSets.setRecipientStatus(workspaceId, setId, {
      userId: users.get('sales_rep')!.id,
      status: 'submitted',
      submittedAt: new Date().toISOString(),
    });
    const list = requestListSchema.parse(
      (await call('marketing', 'GET', '/api/requests?status=asking')).json(),
    );
    expect(list.items.find((item) => item.id === request.id)?.progress).toEqual({ asked: 1, answered: 1 });
    // Now that questions went to the rep, the rep may comment on the request.
    const repComment = await call('sales_rep', 'POST', `/api/requests/${request.id}/comments`, {
      body: '@Mara Marketing drei Kunden nennen den Preis',
    });
    expect(repComment.statusCode).toBe(201);
    expect(commentSchema.parse(repComment.json()).mentions.map((m) => m.name)).toEqual(['Mara Marketing']);
    // Marketing mentions the rep back: the rep cannot open request pages, so the notification leads to the inbox.
    const rep = users.get('sales_rep')!;
    await call('marketing', 'POST', `/api/requests/${request.id}/comments`, { body: `Danke @${rep.email}!` });
    const mention = (await notificationsOf('sales_rep')).find((n) => n.kind === 'mentioned');
    expect(mention?.link).toBe('/inbox');
    expect(mention?.title).toContain('Mara Marketing');
  });

  it('hands a request to another owner, who is notified; the timeline records it', async () => {
    const { request } = await createFromAlert({ marketingOwnerId: null });
    const response = await call('sales_manager', 'PATCH', `/api/requests/${request.id}`, {
      marketingOwnerId: users.get('admin')!.id,
      dueOn: '2030-02-01',
    });
    const detail = requestDetailSchema.parse(response.json());
    expect(detail.request).toMatchObject({
      marketingOwner: { id: users.get('admin')!.id },
      dueOn: '2030-02-01',
    });
    expect(detail.activity.at(-1)).toMatchObject({ action: 'update' });
    const notes = await notificationsOf('admin');
    expect(notes.some((n) => n.kind === 'request_assigned' && n.link === `/requests/${request.id}`)).toBe(
      true,
    );
  });
});
