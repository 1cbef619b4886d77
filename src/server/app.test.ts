import { afterAll, beforeAll, expect, it } from 'vitest';
import { authHeaders } from '../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { describeEachEngine } from '../../test/support/databases.ts';
import { errorBodySchema } from '../contract/errors.ts';
import { healthSchema } from '../contract/health.ts';
import { LATEST_MIGRATION } from '../storage/migrations/index.ts';

describeEachEngine('API basics', (get, engine) => {
  let testApp: TestApp;
  let headers: Record<string, string>;

  beforeAll(async () => {
    testApp = await createTestApp(get(), { BODY_LIMIT_BYTES: '2048' });
    headers = await authHeaders(testApp, 'viewer');
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
      headers,
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

  it('refuses a body larger than the limit with 413 and says so', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.de', password: 'x'.repeat(4096) }),
    });
    expect(response.statusCode).toBe(413);
    expect(errorBodySchema.parse(response.json()).error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The request body is larger than this server accepts',
    });
  });

  it('does not let API answers be cached', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/profile', headers });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('shows the OpenAPI document and reference page only to callers who are logged in', async () => {
    for (const url of ['/api/openapi.json', '/api/docs/json', '/api/docs/yaml']) {
      const anonymous = await testApp.app.inject({ method: 'GET', url });
      expect(anonymous.statusCode, url).toBe(401);
    }
    const page = await testApp.app.inject({
      method: 'GET',
      url: '/api/docs',
      headers: { accept: 'text/html' },
    });
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe('/login?next=%2Fapi%2Fdocs');
    const allowed = await testApp.app.inject({ method: 'GET', url: '/api/docs', headers });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('publishes the OpenAPI document with every route', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json', headers });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    for (const route of testApp.app.tandemRoutes)
      expect(paths).toContain(route.url.replace(/:(\w+)/g, '{$1}'));
  });
});
