import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { describeEachEngine } from '../../test/support/databases.ts';
import { errorBodySchema } from '../contract/errors.ts';
import { healthSchema } from '../contract/health.ts';
import { LATEST_MIGRATION } from '../storage/migrations/index.ts';

describeEachEngine('API basics', (get, engine) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(get());
    await testApp.ctx.storage.workspaces.create({ name: 'Test', slug: 'test' });
  });
  afterAll(async () => {
    await testApp.app.close();
  });

  it('reports health with engine, version and migration level', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const body = healthSchema.parse(response.json());
    expect(body).toMatchObject({ engine, migration: { level: LATEST_MIGRATION, isCurrent: true } });
  });

  it('answers an unknown API route with a 404 in the error shape', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(response.statusCode).toBe(404);
    expect(errorBodySchema.parse(response.json()).error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No API endpoint GET /api/nothing-here',
    });
  });

  it('names the bad field of a bad request', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/cockpit/bookings?asOf=31.12.2026&quarters=99',
    });
    expect(response.statusCode).toBe(400);
    const { error } = errorBodySchema.parse(response.json());
    expect(error.code).toBe('VALIDATION');
    expect(error.details.map((d) => d.field).sort()).toEqual(['query.asOf', 'query.quarters']);
    expect(response.body).not.toMatch(/\n\s+at /);
  });

  it('refuses a body that is not JSON with a clear message', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: '{"broken":',
    });
    expect([400, 404]).toContain(response.statusCode);
    expect(errorBodySchema.safeParse(response.json()).success).toBe(true);
  });

  it('sends security headers', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('publishes the OpenAPI document with every route', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    for (const route of testApp.app.tandemRoutes)
      expect(paths).toContain(route.url.replace(/:(\w+)/g, '{$1}'));
  });
});
