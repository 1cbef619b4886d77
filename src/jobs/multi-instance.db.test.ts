import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import {
  alertEvent,
  countArrivals,
  createDeliveryFixture,
  type DeliveryFixture,
  MAIL_FROM,
} from '../../test/support/delivery-fixture.ts';
import { isPostgresAvailable } from '../../test/support/environment.ts';
import { type ServeProcess, startServeProcess, waitFor } from '../../test/support/serve-process.ts';
import { notify } from '../app/notify.ts';
import { hashPassword } from '../app/passwords.ts';
import { DAILY_SCAN_QUEUE } from './pg-boss-jobs.ts';

const isPg = await isPostgresAvailable();
const PASSWORD = 'correct horse battery staple 42';
const MAILS = 2 * 12;

/** Daily scans that finished, by instance. */
function scansFinished(instance: ServeProcess): number {
  return instance.logs.filter((line) => line.msg === 'daily scan finished').length;
}

describe.skipIf(!isPg)('two tandem serve instances on one PostgreSQL', () => {
  let db: TestDatabase;
  let f: DeliveryFixture;
  let instances: ServeProcess[] = [];
  const email = 'multi@test.tandem';

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    f = await createDeliveryFixture(db);
    await f.reset();
    await f.storage.users.create({
      workspaceId: f.workspaceId,
      email,
      name: 'Multi',
      role: 'admin',
      passwordHash: await hashPassword(PASSWORD),
    });
    for (let n = 1; n <= MAILS / 2; n++) await notify(f.storage, alertEvent(f, n, new Date()));
    const env = {
      DATABASE_URL: db.url,
      SMTP_URL: f.smtp.url,
      MAIL_FROM,
      TANDEM_SCAN_ON_START: 'true',
      SHUTDOWN_TIMEOUT_SECONDS: '10',
    };
    // Started together, as a deployment would: both install pg-boss, create queues and trigger today's scan.
    instances = await Promise.all([startServeProcess(env), startServeProcess(env)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop('SIGKILL')));
    await f?.close();
    await db?.drop();
  });

  it('share sessions: log in on one, read and write with the session on the other', async () => {
    const [a, b] = instances as [ServeProcess, ServeProcess];
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
    const csrf = cookies.find((cookie) => cookie.startsWith('tandem_csrf='))?.split('=')[1] ?? '';
    const headers = { cookie: cookies.join('; '), 'x-csrf-token': csrf, 'content-type': 'application/json' };
    const profile = await fetch(`${b.url}/api/profile`, { headers });
    expect(profile.status).toBe(200);
    expect(await profile.json()).toMatchObject({ email });
    const update = await fetch(`${b.url}/api/profile`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ name: 'Multi on B' }),
    });
    expect(update.status).toBe(200);
    const again = await fetch(`${a.url}/api/profile`, { headers });
    expect(await again.json()).toMatchObject({ name: 'Multi on B' });
  });

  it("run today's scheduled scan exactly once although both instances asked for it", async () => {
    await waitFor(() => instances.some((instance) => scansFinished(instance) > 0), 'the daily scan');
    // Both workers poll every 2 s: give the other one ample time to (wrongly) run a second copy.
    await new Promise((done) => setTimeout(done, 6_000));
    expect(instances.map(scansFinished).reduce((a, b) => a + b, 0)).toBe(1);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from pgboss.job where name = ${DAILY_SCAN_QUEUE}`.execute(db.database.db);
    expect(rows[0]?.n).toBe(1);
  });

  it('deliver every queued notification exactly once between them', async () => {
    await waitFor(() => f.smtp.mails.length >= MAILS, `${MAILS} e-mails`, 60_000);
    await new Promise((done) => setTimeout(done, 4_000));
    const arrivals = countArrivals(f);
    expect(arrivals.size).toBe(MAILS);
    expect([...arrivals.values()].every((count) => count === 1)).toBe(true);
    const outbox = await f.listOutbox();
    expect(outbox.every((message) => message.status === 'delivered')).toBe(true);
  });

  it('shut down gracefully on SIGTERM with exit code 0', async () => {
    const codes = await Promise.all(instances.map((instance) => instance.stop('SIGTERM')));
    expect(codes, instances.map((instance) => instance.stderr().slice(-2000)).join('\n')).toEqual([0, 0]);
    for (const instance of instances) {
      expect(instance.logs.some((line) => line.msg === 'stopped')).toBe(true);
    }
  });
});
