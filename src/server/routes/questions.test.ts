/** The question catalogue through the API on both engines: marketing lists, edits and adds; others may not. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSessionCaller } from '../../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { describeEachEngine } from '../../../test/support/databases.ts';
import { errorBodySchema } from '../../contract/errors.ts';
import { questionListSchema, questionViewSchema } from '../../contract/questions.ts';
import { BARRIER_KEYS } from '../../core/aida.ts';
import type { Role } from '../../core/types.ts';

describeEachEngine('question catalogue API', (get) => {
  let t: TestApp;
  const headers = new Map<Role, Record<string, string>>();
  const call = (who: Role, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: headers.get(who) ?? {}, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(get());
    for (const role of ['marketing', 'sales_manager', 'sales_rep'] satisfies Role[]) {
      headers.set(role, (await createSessionCaller(t, role)).headers);
    }
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('lists 2–3 questions for every barrier in German and English, the same on every call', async () => {
    const first = questionListSchema.parse((await call('marketing', 'GET', '/api/questions')).json());
    for (const barrier of BARRIER_KEYS) {
      const mine = first.items.filter((q) => q.barrier === barrier);
      expect(mine.length, barrier).toBeGreaterThanOrEqual(2);
      expect(mine.length, barrier).toBeLessThanOrEqual(3);
    }
    expect(first.items.every((q) => q.text.de && q.text.en && !q.isCustom)).toBe(true);
    const second = questionListSchema.parse((await call('sales_manager', 'GET', '/api/questions')).json());
    expect(second.items.map((q) => q.id)).toEqual(first.items.map((q) => q.id));
  });

  it('adds a choice question with numbered options and edits a catalogue question', async () => {
    const added = await call('marketing', 'POST', '/api/questions', {
      barrier: 'competitor_preferred',
      aidaStage: 'desire',
      answerType: 'single_choice',
      text: { de: 'Gegen wen verlieren wir am häufigsten?', en: 'Who do we lose to most often?' },
      options: [
        { label: { de: 'Sensix', en: 'Sensix' }, barrier: 'competitor_preferred' },
        { label: { de: 'Niemand', en: 'Nobody' }, barrier: null },
      ],
    });
    expect(added.statusCode, added.body).toBe(201);
    const question = questionViewSchema.parse(added.json());
    expect(question).toMatchObject({ isCustom: true, key: `custom.${question.id}` });
    expect(question.options.map((o) => o.key)).toEqual(['o1', 'o2']);

    const list = questionListSchema.parse((await call('marketing', 'GET', '/api/questions')).json());
    const target = list.items.find((q) => q.answerType === 'scale')!;
    const edited = await call('marketing', 'PATCH', `/api/questions/${target.id}`, {
      content: {
        ...target,
        options: undefined,
        text: { de: 'Wie oft hören Sie das?', en: 'How often do you hear this?' },
      },
    });
    expect(questionViewSchema.parse(edited.json())).toMatchObject({
      id: target.id,
      key: target.key,
      text: { en: 'How often do you hear this?' },
    });
    const archived = await call('marketing', 'PATCH', `/api/questions/${question.id}`, { isArchived: true });
    expect(questionViewSchema.parse(archived.json()).isArchived).toBe(true);
    const visible = questionListSchema.parse((await call('marketing', 'GET', '/api/questions')).json());
    expect(visible.items.map((q) => q.id)).not.toContain(question.id);
  });

  it('names what is wrong with a bad question, and lets only marketing and admins change the catalogue', async () => {
    const bad = await call('marketing', 'POST', '/api/questions', {
      barrier: null,
      aidaStage: null,
      answerType: 'multi_choice',
      text: { de: 'x', en: 'Which?' },
      options: [{ label: { de: 'A', en: 'A' }, barrier: null }],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      errorBodySchema
        .parse(bad.json())
        .error.details.map((d) => d.field)
        .sort(),
    ).toEqual(['body.options', 'body.text.de']);
    expect((await call('sales_manager', 'POST', '/api/questions', {})).statusCode).toBe(403);
    expect((await call('sales_rep', 'GET', '/api/questions')).statusCode).toBe(403);
    expect((await call('marketing', 'PATCH', '/api/questions/987654', { isArchived: true })).statusCode).toBe(
      404,
    );
  });
});
