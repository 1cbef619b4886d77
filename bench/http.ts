/**
 * Load benchmark: `tandem serve` as a child process on loopback over the demo workspace, on SQLite and on
 * PostgreSQL in one run, driven by autocannon at 50 and 200 connections with logged-in sessions. Endpoints: the
 * cockpit summary and the alert list (an admin), and the answer write (200 sales reps saving answers to the
 * question set the benchmark sent them, each request the next rep's). An endpoint this build does not have is
 * reported as skipped. `--soak` instead drives the cockpit for `--minutes` (10) on `--engine` (sqlite) and samples
 * the server's RSS every 10 s.
 *
 *   npm run bench -- http [--duration 10] [--engine sqlite|postgres] [--endpoint NAME] [--soak] [--minutes 10]
 *
 * `--engine` and `--endpoint` (cockpitSummary, alertList, answerSave) narrow a run to one engine or endpoint.
 */

import { readFileSync } from 'node:fs';
import autocannon, { type RequestParams } from 'autocannon';
import { type ServeProcess, startServeProcess } from '../test/support/serve-process.ts';
import { type BenchDatabase, type BenchSession, createBenchDatabase } from './http-database.ts';

type Engine = 'sqlite' | 'postgres';
interface Endpoint {
  name: string;
  method: 'GET' | 'PATCH' | 'PUT' | 'POST';
  path: (db: BenchDatabase) => string;
  body?: (db: BenchDatabase) => string;
  /** Whose session sends it: the admin reads, the reps answer (each request the next rep's, in turn). */
  as: 'admin' | 'reps';
}
interface RunFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  errorKinds?: { connection: number; timeouts: number; statuses: Record<string, { count: number }> };
}

/** A complete, valid set of answers, as the rep's form autosaves it (a free-text quote included). */
function answersBody(db: BenchDatabase): string {
  const id = (key: string) => db.reps.questionIds[key] ?? 0;
  return JSON.stringify({
    answers: [
      { questionId: id('price_perceived_high.lost_on_price'), value: 55 },
      { questionId: id('price_perceived_high.too_expensive_heard'), value: 4 },
      {
        questionId: id('competitor_preferred.which_competitor'),
        value: [{ name: 'Lumetra', better: 'deutlich günstiger' }],
      },
      { questionId: id('cross.main_reason_last_loss'), value: 'price_perceived_high' },
      {
        questionId: id('cross.customer_quote'),
        value: 'Ihr seid 20 % teurer als Lumetra',
        quote: 'Zu teuer',
      },
    ],
  });
}

const ENDPOINTS: Endpoint[] = [
  { name: 'cockpitSummary', method: 'GET', path: () => '/api/cockpit/bookings', as: 'admin' },
  { name: 'alertList', method: 'GET', path: () => '/api/alerts', as: 'admin' },
  // The answer write: a rep saving their answers to a question set sent to them (session, CSRF, row access,
  // validation, one transaction replacing five answers, the form read back). Submitting is the same save plus a
  // status change that can happen once per rep and set, so it cannot be repeated under load; saving is what
  // the form does every few seconds.
  {
    name: 'answerSave',
    method: 'PUT',
    path: (db) => `/api/inbox/${db.reps.questionSetId}/answers`,
    body: answersBody,
    as: 'reps',
  },
];
const CONNECTIONS = [50, 200] as const;

function sessionHeaders(session: BenchSession): Record<string, string> {
  return {
    cookie: `tandem_session=${session.sessionId}; tandem_csrf=${session.csrfToken}`,
    'x-csrf-token': session.csrfToken,
    'content-type': 'application/json',
  };
}

function requestOptions(server: ServeProcess, db: BenchDatabase, endpoint: Endpoint) {
  const sessions = endpoint.as === 'reps' ? db.reps.sessions : [db.session];
  const options = {
    url: `${server.url}${endpoint.path(db)}`,
    method: endpoint.method,
    headers: sessionHeaders(sessions[0] as BenchSession),
    ...(endpoint.body ? { body: endpoint.body(db) } : {}),
  };
  if (sessions.length === 1) return options;
  // Each request goes out with the next rep's session, in turn.
  let turn = 0;
  const nextRep = (request: RequestParams): RequestParams => {
    const session = sessions[turn % sessions.length] as BenchSession;
    turn += 1;
    return { ...request, headers: { ...request.headers, ...sessionHeaders(session) } };
  };
  return { ...options, requests: [{ setupRequest: nextRep }] };
}

async function drive(
  server: ServeProcess,
  db: BenchDatabase,
  endpoint: Endpoint,
  connections: number,
  duration: number,
) {
  const result = await autocannon({ ...requestOptions(server, db, endpoint), connections, duration });
  // autocannon counts a timeout among its errors too: adding `timeouts` would count it twice.
  const errors = result.errors + result.non2xx;
  const figures: RunFigures = {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors,
  };
  if (errors === 0) return figures;
  // Which kind of failure, so a reader can tell a slow server (timeouts) from a failing one (status codes).
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).filter(([code]) => !code.startsWith('2')),
  );
  return {
    ...figures,
    errorKinds: { connection: result.errors - result.timeouts, timeouts: result.timeouts, statuses },
  };
}

async function probe(server: ServeProcess, db: BenchDatabase, endpoint: Endpoint): Promise<number> {
  const options = requestOptions(server, db, endpoint);
  const response = await fetch(options.url, {
    method: options.method,
    headers: options.headers,
    body: options.body ?? null,
  });
  return response.status;
}

async function benchEngine(
  engine: Engine,
  endpoints: Endpoint[],
  duration: number,
  log: (line: string) => void,
) {
  const db = await createBenchDatabase(engine, log);
  const server = await startServeProcess({
    DATABASE_URL: db.url,
    TANDEM_SCHEDULER: 'false',
    LOG_LEVEL: 'warn',
  });
  const figures: Record<string, unknown> = {};
  try {
    for (const endpoint of endpoints) {
      const status = await probe(server, db, endpoint).catch((error: unknown) => {
        throw new Error(
          `${endpoint.path(db)} unreachable (${String(error)}); server exit ${server.child.exitCode}, stderr: ${server.stderr().slice(-2000)}`,
        );
      });
      if (status === 404) {
        figures[endpoint.name] = { skipped: `${endpoint.method} ${endpoint.path(db)} is not in this build` };
        continue;
      }
      if (status >= 400) throw new Error(`${endpoint.method} ${endpoint.path(db)} answered ${status}`);
      const byConnections: Record<string, RunFigures> = {};
      for (const connections of CONNECTIONS) {
        log(`${engine} ${endpoint.name} c${connections} for ${duration} s …`);
        byConnections[`c${connections}`] = await drive(server, db, endpoint, connections, duration);
      }
      figures[endpoint.name] = byConnections;
    }
  } finally {
    await server.stop('SIGTERM');
    await db.drop();
  }
  return figures;
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Math.round(kb / 102.4) / 10;
}

async function soak(engine: Engine, minutes: number, log: (line: string) => void) {
  const db = await createBenchDatabase(engine, log);
  const server = await startServeProcess({
    DATABASE_URL: db.url,
    TANDEM_SCHEDULER: 'false',
    LOG_LEVEL: 'warn',
  });
  const samples: { minute: number; rssMb: number }[] = [];
  const started = Date.now();
  const sample = () =>
    samples.push({ minute: Math.round((Date.now() - started) / 600) / 100, rssMb: rssMb(server.child.pid) });
  sample();
  const timer = setInterval(sample, 10_000);
  try {
    const endpoint = ENDPOINTS[0] as Endpoint;
    const figures = await drive(server, db, endpoint, 50, minutes * 60);
    sample();
    // RSS saws up and down with garbage collection (±70 MB here), so compare the floors of the two halves under
    // load (the idle first sample left out): memory kept for good raises the floor, garbage only the peaks.
    const underLoad = samples.slice(1).map((item) => item.rssMb);
    const half = Math.floor(underLoad.length / 2);
    const floorOf = (values: number[]) => (values.length > 0 ? Math.min(...values) : 0);
    return {
      engine,
      minutes,
      endpoint: endpoint.path(db),
      ...figures,
      rssFloorGrowthMb:
        Math.round((floorOf(underLoad.slice(half)) - floorOf(underLoad.slice(0, half))) * 10) / 10,
      samples,
    };
  } finally {
    clearInterval(timer);
    await server.stop('SIGTERM');
    await db.drop();
  }
}

export async function runHttpBenchmark(args: string[], log: (line: string) => void): Promise<unknown> {
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  const named = (name: string) =>
    args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined;
  const engineArg = named('engine');
  if (engineArg !== undefined && engineArg !== 'sqlite' && engineArg !== 'postgres') {
    throw new Error(`--engine must be sqlite or postgres, not ${engineArg}`);
  }
  if (args.includes('--soak')) return soak(engineArg ?? 'sqlite', option('minutes', 10), log);
  const endpointArg = named('endpoint');
  const endpoints = ENDPOINTS.filter(
    (endpoint) => endpointArg === undefined || endpoint.name === endpointArg,
  );
  if (endpoints.length === 0) {
    throw new Error(`--endpoint must be one of ${ENDPOINTS.map((endpoint) => endpoint.name).join(', ')}`);
  }
  const duration = option('duration', 10);
  const engines: Engine[] = engineArg ? [engineArg] : ['sqlite', 'postgres'];
  const figures: Partial<Record<Engine, unknown>> = {};
  for (const engine of engines) figures[engine] = await benchEngine(engine, endpoints, duration, log);
  return { durationSeconds: duration, logLevel: 'warn', ...figures };
}
