/**
 * Property-based fuzzing of every registered API route as an admin: generated path ids, query strings and JSON
 * bodies (hostile strings included) must never produce a 500 or leak a stack trace. Routes come from the
 * registry (`app.tandemRoutes`), so a new route is fuzzed without touching this file.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSessionCaller } from '../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { describeEachEngine } from '../../test/support/databases.ts';

/** Routes that end the caller's own session: fuzzed too, but each run gets a fresh session anyway. */
const HOSTILE = [
  '<script>window.__xss=1</script>',
  "'; drop table deals; --",
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '\u0000\uffff\ud800',
  'ü€😀'.repeat(50),
  '{"__proto__":{"admin":true}}',
  '9'.repeat(400),
  '-1',
  '1e309',
];

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE), fc.integer().map(String));
const json: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom('name', 'email', 'role', 'password', 'url', 'events', 'status', 'asOf', 'id'),
    fc.oneof(text, fc.jsonValue({ maxDepth: 2 })),
  ),
);
const query = fc.dictionary(
  fc.constantFrom('asOf', 'limit', 'status', 'quarters', 'q', 'since', 'until', 'beforeId', 'entity', 'x'),
  text,
  { maxKeys: 4 },
);

/** A URL cannot carry lone surrogates (they are not characters); bodies can and keep them. */
function wellFormed(value: string): string {
  return value.replace(/[\ud800-\udfff]/g, '\ufffd');
}

function fillPath(url: string, ids: string[]): string {
  let index = 0;
  return url.replace(/:[A-Za-z]+/g, () => encodeURIComponent(wellFormed(ids[index++] ?? '1')));
}

describeEachEngine('fuzzing every route', (get) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(get());
  });
  afterAll(async () => {
    await testApp.app.close();
  });

  it('never answers 500 nor shows a stack trace, whatever comes in', async () => {
    const routes = testApp.app.tandemRoutes;
    expect(routes.length).toBeGreaterThan(20);
    const { headers } = await createSessionCaller(testApp, 'admin');
    const failures: string[] = [];
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(text, { minLength: 3, maxLength: 3 }),
          query,
          json,
          async (ids, params, body) => {
            // Logging out would end the shared session: those routes get one of their own.
            const caller = /logout/.test(route.url)
              ? (await createSessionCaller(testApp, 'admin')).headers
              : headers;
            const response = await testApp.app.inject({
              method: route.method,
              url: fillPath(route.url, ids),
              query: Object.fromEntries(
                Object.entries(params).map(([key, value]) => [key, wellFormed(value)]),
              ),
              headers: caller,
              ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: body as object }),
            });
            const label = `${route.method} ${route.url} ids=${JSON.stringify(ids)} query=${JSON.stringify(params)} body=${JSON.stringify(body)}`;
            if (response.statusCode >= 500)
              failures.push(`${response.statusCode} ${label}: ${response.body.slice(0, 300)}`);
            if (/\n\s+at .+:\d+/.test(response.body)) failures.push(`stack trace in ${label}`);
            return true;
          },
        ),
        { numRuns: 12, seed: 20261128 },
      );
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
