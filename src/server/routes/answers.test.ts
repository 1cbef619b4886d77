import { beforeAll, describe, expect, it } from 'vitest';
import { ensureWorkspace } from '../../../test/support/accounts.ts';
import { type AnswerWorld, buildAnswerWorld, type Caller } from '../../../test/support/answer-world.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { answerFormSchema, dealSearchSchema, inboxSchema } from '../../contract/answers.ts';
import { diagnosisPageSchema } from '../../contract/diagnoses.ts';
import { errorBodySchema } from '../../contract/errors.ts';

describeEachEngine('rep inbox, answers and diagnosis API', (get) => {
  let t: TestApp;
  let w: AnswerWorld;
  const call = (who: Caller, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  const q = (key: string) => {
    const id = w.questionIds.get(key);
    if (id === undefined) throw new Error(key);
    return id;
  };
  /** A complete answer set in which the rep says price loses deals (share, scale, competitor, choice, quote). */
  const priceAnswers = (dealId: number) => [
    { questionId: q('price_perceived_high.lost_on_price'), value: 60, dealIds: [dealId] },
    { questionId: q('price_perceived_high.too_expensive_heard'), value: 5 },
    {
      questionId: q('competitor_preferred.which_competitor'),
      value: [{ name: 'Lumetra', better: 'deutlich günstiger' }],
    },
    { questionId: q('cross.main_reason_last_loss'), value: 'price_perceived_high' },
    { questionId: q('cross.customer_quote'), value: 'Ihr seid 20 % teurer als Lumetra', quote: 'Zu teuer' },
  ];

  beforeAll(async () => {
    t = await createTestApp(get());
    w = await buildAnswerWorld(t, await ensureWorkspace(t));
  });

  describe('who sees what', () => {
    it('lists the set in the inbox of the reps it was sent to, open, with its questions to answer', async () => {
      const inbox = inboxSchema.parse((await call(w.callers.repA, 'GET', '/api/inbox')).json());
      expect(inbox.items).toEqual([
        expect.objectContaining({ id: w.set.id, myStatus: 'pending', questionCount: 5, answeredCount: 0 }),
      ]);
      expect(inbox.items[0]?.scopeLabel).toBe('OptiScan × Automotive');
    });

    it('hides the set from a rep it was not sent to and from marketing: 404, not 403', async () => {
      expect(inboxSchema.parse((await call(w.callers.repC, 'GET', '/api/inbox')).json()).items).toEqual([]);
      for (const who of [w.callers.repC, w.callers.marketing]) {
        const response = await call(who, 'GET', `/api/inbox/${w.set.id}`);
        expect(response.statusCode).toBe(404);
        expect(errorBodySchema.parse(response.json()).error.message).toBe(
          `Question set ${w.set.id} not found`,
        );
      }
      const write = await call(w.callers.repC, 'PUT', `/api/inbox/${w.set.id}/answers`, { answers: [] });
      expect(write.statusCode).toBe(404);
    });
  });

  describe('drafts', () => {
    it('keeps a draft as typed, even invalid, and lists what is missing or wrong', async () => {
      const saved = await call(w.callers.repA, 'PUT', `/api/inbox/${w.set.id}/answers`, {
        answers: [
          { questionId: q('price_perceived_high.lost_on_price'), value: 140 },
          { questionId: q('cross.customer_quote'), value: 'Zu teuer' },
        ],
      });
      expect(saved.statusCode).toBe(200);
      const reloaded = answerFormSchema.parse(
        (await call(w.callers.repA, 'GET', `/api/inbox/${w.set.id}`)).json(),
      );
      expect(reloaded.answers.map((a) => a.value)).toEqual([140, 'Zu teuer']);
      expect(reloaded.set.myStatus).toBe('draft');
      expect(reloaded.problems).toContainEqual(
        expect.objectContaining({
          questionId: q('price_perceived_high.lost_on_price'),
          code: 'out_of_range',
        }),
      );
      expect(reloaded.problems.filter((p) => p.code === 'required')).toHaveLength(3);
    });

    it("keeps each rep's answers apart: another rep's save never touches mine", async () => {
      const key = q('cross.customer_quote');
      await call(w.callers.repB, 'PUT', `/api/inbox/${w.set.id}/answers`, {
        answers: [{ questionId: key, value: 'Andere Worte' }],
      });
      const mine = answerFormSchema.parse(
        (await call(w.callers.repA, 'GET', `/api/inbox/${w.set.id}`)).json(),
      );
      expect(mine.answers.find((a) => a.questionId === key)?.value).toBe('Zu teuer');
      const theirs = answerFormSchema.parse(
        (await call(w.callers.repB, 'GET', `/api/inbox/${w.set.id}`)).json(),
      );
      expect(theirs.answers.map((a) => a.value)).toEqual(['Andere Worte']);
    });

    it('refuses a question outside the set and a deal that is not mine, naming each', async () => {
      const response = await call(w.callers.repA, 'PUT', `/api/inbox/${w.set.id}/answers`, {
        answers: [
          { questionId: 987_654, value: 3 },
          { questionId: q('price_perceived_high.lost_on_price'), value: 50, dealIds: [w.dealOf.repB] },
        ],
      });
      expect(response.statusCode).toBe(400);
      const details = errorBodySchema.parse(response.json()).error.details;
      expect(details.map((d) => d.field)).toEqual(['answers[0].questionId', 'answers[1].dealIds']);
      expect(details[1]?.message).toBe(
        `Deal ${w.dealOf.repB} is not one of your deals in this request's scope`,
      );
    });

    it("finds only my own lost deals in the request's scope, by name", async () => {
      const all = dealSearchSchema.parse(
        (await call(w.callers.repA, 'GET', `/api/inbox/${w.set.id}/deals`)).json(),
      );
      expect(all.items.map((deal) => deal.id)).toContain(w.dealOf.repA);
      expect(all.items.map((deal) => deal.id)).not.toContain(w.dealOf.repB);
      // Only the recent year, only Automotive: 8 of the rep's 24 deals.
      expect(all.items).toHaveLength(8);
      const found = dealSearchSchema.parse(
        (await call(w.callers.repA, 'GET', `/api/inbox/${w.set.id}/deals?q=scanner%203`)).json(),
      );
      expect(found.items.map((deal) => deal.name)).toEqual(['Linienscanner 3']);
    });
  });

  describe('submission and diagnosis', () => {
    it('refuses an incomplete submission with one error per question, and keeps the draft', async () => {
      const response = await call(w.callers.repA, 'POST', `/api/inbox/${w.set.id}/submit`, { answers: [] });
      expect(response.statusCode).toBe(400);
      const body = errorBodySchema.parse(response.json());
      expect(body.error.message).toBe('4 questions need a valid answer before you can submit');
      expect(body.error.details[0]?.field).toBe(`questions.${q('price_perceived_high.lost_on_price')}.value`);
    });

    it('submits, then refuses further changes', async () => {
      const response = await call(w.callers.repA, 'POST', `/api/inbox/${w.set.id}/submit`, {
        answers: priceAnswers(w.dealOf.repA),
      });
      expect(response.statusCode).toBe(200);
      const form = answerFormSchema.parse(response.json());
      expect(form).toMatchObject({ isEditable: false, problems: [], set: { myStatus: 'submitted' } });
      expect(form.linkedDeals.map((deal) => deal.id)).toEqual([w.dealOf.repA]);
      const late = await call(w.callers.repA, 'PUT', `/api/inbox/${w.set.id}/answers`, { answers: [] });
      expect(late.statusCode).toBe(409);
    });

    it('has a diagnosis after the first submission; marketing hears nothing until all answers are in', async () => {
      const page = diagnosisPageSchema.parse(
        (await call(w.callers.marketing, 'GET', `/api/requests/${w.request.id}/diagnosis`)).json(),
      );
      expect(page.result?.diagnosis.counts.repsAnswered).toBe(1);
      expect(page.progress[0]?.recipients.map((r) => r.status)).toEqual(['submitted', 'draft']);
      const inbox = (await call(w.callers.marketing, 'GET', '/api/notifications')).json();
      expect(inbox.items).toEqual([]);
    });

    it('ranks the planted barrier first once all reps answered, and tells marketing', async () => {
      const response = await call(w.callers.repB, 'POST', `/api/inbox/${w.set.id}/submit`, {
        answers: priceAnswers(w.dealOf.repB),
      });
      expect(response.statusCode).toBe(200);
      const page = diagnosisPageSchema.parse(
        (await call(w.callers.viewer, 'GET', `/api/requests/${w.request.id}/diagnosis`)).json(),
      );
      expect(page.request.status).toBe('diagnosing');
      const diagnosis = page.result?.diagnosis;
      expect(diagnosis?.barriers[0]?.barrier).toBe('price_perceived_high');
      expect(diagnosis?.aidaStage).toBe('desire');
      expect(diagnosis?.verdict).toBe('campaign_and_pricing');
      expect(diagnosis?.counts.repsAnswered).toBe(2);
      expect(page.result?.reasonText.en).toMatch(/expensive/i);
      expect(page.result?.deals.map((deal) => deal.id)).toEqual(
        expect.arrayContaining([w.dealOf.repA, w.dealOf.repB]),
      );
      const kinds = (await call(w.callers.marketing, 'GET', '/api/notifications'))
        .json()
        .items.map((item: { kind: string }) => item.kind);
      expect(kinds.sort()).toEqual(['answers_complete', 'diagnosis_ready']);
    });

    it('lets marketing recompute, and 404s for an unknown request', async () => {
      const again = await call(w.callers.marketing, 'POST', `/api/requests/${w.request.id}/diagnosis`);
      expect(again.statusCode).toBe(200);
      expect(diagnosisPageSchema.parse(again.json()).result?.diagnosis.barriers[0]?.barrier).toBe(
        'price_perceived_high',
      );
      const missing = await call(w.callers.marketing, 'GET', '/api/requests/987654/diagnosis');
      expect(missing.statusCode).toBe(404);
    });
  });
});
