import { beforeAll, expect, it } from 'vitest';
import { ensureWorkspace } from '../../../test/support/accounts.ts';
import { type AnswerWorld, buildAnswerWorld, MISCODED } from '../../../test/support/answer-world.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { codedTextListSchema, codedTextSchema } from '../../contract/coding.ts';

describeEachEngine('texts & codes API', (get) => {
  let t: TestApp;
  let w: AnswerWorld;
  const list = async (query: string) =>
    codedTextListSchema.parse(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/texts?${query}`,
          headers: w.callers.marketing.headers,
        })
      ).json(),
    );

  beforeAll(async () => {
    t = await createTestApp(get());
    w = await buildAnswerWorld(t, await ensureWorkspace(t));
  });

  it('lists lost reasons newest first with their code and the words that decided it', async () => {
    const texts = await list('source=lost_reason&limit=5');
    expect(texts.total).toBe(73);
    expect(texts.labelCount).toBe(0);
    expect(texts.items[0]).toMatchObject({
      sourceId: w.dealOf.miscoded,
      text: MISCODED,
      barrier: 'budget_timing',
      because: ['Budget'],
      label: null,
    });
    const needs = await list('source=lost_reason&barrier=no_need_seen&q=bedarf');
    expect(needs.items.every((item) => item.because.includes('Kein Bedarf'))).toBe(true);
    expect(needs.total).toBeGreaterThan(0);
  });

  it('lets marketing relabel a text; the label wins and is counted for training', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/texts/label',
      headers: w.callers.marketing.headers,
      payload: { source: 'lost_reason', sourceId: w.dealOf.miscoded, barrier: 'price_perceived_high' },
    });
    expect(response.statusCode).toBe(200);
    const relabelled = codedTextSchema.parse(response.json());
    expect(relabelled).toMatchObject({ barrier: 'price_perceived_high', confidence: 1 });
    expect(relabelled.label?.by).toMatch(/^marketing /);
    const texts = await list('source=lost_reason&barrier=price_perceived_high&q=budget');
    expect(texts.items.map((item) => item.sourceId)).toEqual([w.dealOf.miscoded]);
    expect(texts.labelCount).toBe(1);
  });

  it('refuses reps (403) and names an unknown text (404) or barrier (400)', async () => {
    const payload = { source: 'lost_reason', sourceId: w.dealOf.repA, barrier: 'trust_risk' };
    const rep = await t.app.inject({
      method: 'PUT',
      url: '/api/texts/label',
      headers: w.callers.repA.headers,
      payload,
    });
    expect(rep.statusCode).toBe(403);
    const missing = await t.app.inject({
      method: 'PUT',
      url: '/api/texts/label',
      headers: w.callers.marketing.headers,
      payload: { ...payload, sourceId: 987_654 },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Lost reason of deal 987654 not found');
    const wrong = await t.app.inject({
      method: 'PUT',
      url: '/api/texts/label',
      headers: w.callers.marketing.headers,
      payload: { ...payload, barrier: 'too_cheap' },
    });
    expect(wrong.statusCode).toBe(400);
  });
});
