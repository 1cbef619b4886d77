import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders } from '../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { createTestDatabase, describeEachEngine } from '../../test/support/databases.ts';
import { VERSION } from '../app/open-context.ts';
import { loadConfig } from '../config.ts';
import { readinessSchema } from '../contract/health.ts';
import { createStorage } from '../storage/storage.ts';
import { buildApp } from './app.ts';
import { createAuthenticator } from './authenticate.ts';
import { createLogger, REDACTED, redactUrl } from './logging.ts';

describeEachEngine('Operations endpoints', (get) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(get(), { METRICS_TOKEN: 'scrape-secret-123' });
  });
  afterAll(async () => {
    await testApp.app.close();
  });

  it('is ready when the database answers and migrations are current', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(200);
    expect(readinessSchema.parse(response.json())).toMatchObject({
      status: 'ready',
      checks: { database: { isOk: true }, migrations: { isOk: true } },
    });
  });

  it('serves Prometheus metrics with route latency only to the bearer of METRICS_TOKEN', async () => {
    await testApp.app.inject({
      method: 'GET',
      url: '/api/cockpit/summary',
      headers: await authHeaders(testApp),
    });
    const anonymous = await testApp.app.inject({ method: 'GET', url: '/metrics' });
    expect(anonymous.statusCode).toBe(401);
    const wrong = await testApp.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
    const scrape = await testApp.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer scrape-secret-123' },
    });
    expect(scrape.statusCode).toBe(200);
    expect(scrape.headers['content-type']).toMatch(/text\/plain/);
    expect(scrape.body).toMatch(/tandem_http_request_duration_seconds_bucket\{[^}]*route="\/api\/ready"/);
    expect(scrape.body).toContain('tandem_job_duration_seconds');
    expect(scrape.body).toContain('tandem_process_resident_memory_bytes');
  });
});

describe('Readiness of a database that is not migrated', () => {
  it('answers 503 naming the migration level', async () => {
    const testDatabase = await createTestDatabase('sqlite', { migrate: false });
    try {
      const testApp = await createTestApp(testDatabase);
      const response = await testApp.app.inject({ method: 'GET', url: '/api/ready' });
      expect(response.statusCode).toBe(503);
      expect(readinessSchema.parse(response.json())).toMatchObject({
        status: 'not_ready',
        checks: { database: { isOk: true }, migrations: { isOk: false, level: null } },
      });
      await testApp.app.close();
    } finally {
      await testDatabase.drop();
    }
  });
});

describe('Metrics without METRICS_TOKEN', () => {
  it('answer on loopback only', async () => {
    const testDatabase = await createTestDatabase('sqlite');
    try {
      const testApp = await createTestApp(testDatabase);
      const local = await testApp.app.inject({ method: 'GET', url: '/metrics' });
      expect(local.statusCode).toBe(200);
      const remote = await testApp.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.1.2.3' });
      expect(remote.statusCode).toBe(403);
      await testApp.app.close();
    } finally {
      await testDatabase.drop();
    }
  });
});

function captureLines(): { stream: Writable; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}

describe('JSON logs', () => {
  it('carry the request id and never cookies, tokens or passwords', async () => {
    const testDatabase = await createTestDatabase('sqlite');
    const { stream, lines } = captureLines();
    try {
      const config = loadConfig({ TANDEM_SCHEDULER: 'false' });
      const ctx = {
        storage: createStorage(testDatabase.database),
        database: testDatabase.database,
        config,
        version: VERSION,
      };
      const app = await buildApp({
        ctx,
        authenticate: createAuthenticator(ctx),
        logLevel: 'info',
        logStream: stream,
      });
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login?token=invite-secret-456',
        headers: { cookie: 'tandem_session=cookie-secret-789', authorization: 'Bearer api-secret-000' },
        payload: { email: 'nobody@example.com', password: 'password-secret-111' },
      });
      app.log.info(
        { user: { password: 'password-secret-222', token: 'token-secret-333' } },
        'a use case logged too much',
      );
      await app.close();
      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const requestId = response.headers['x-request-id'];
      expect(entries.some((entry) => entry.reqId === requestId && entry.msg === 'request completed')).toBe(
        true,
      );
      const all = lines.join('\n');
      for (const secret of [
        'invite-secret',
        'cookie-secret',
        'api-secret',
        'password-secret',
        'token-secret',
      ]) {
        expect(all).not.toContain(secret);
      }
      expect(all).toContain(REDACTED);
    } finally {
      await testDatabase.drop();
    }
  });

  it('cut secrets from logged URLs and leave other parameters', () => {
    expect(redactUrl('/api/auth/invite/check?token=abc&lang=de')).toBe(
      `/api/auth/invite/check?token=${REDACTED}&lang=de`,
    );
    const { stream, lines } = captureLines();
    createLogger({ level: 'info', stream }).info({ headers: { authorization: 'Bearer x1' } }, 'm');
    expect(lines.join('')).not.toContain('x1');
  });
});
