/**
 * All configuration comes from environment variables (documented in docs/CONFIGURATION.md). Parsed once at the
 * edge; nothing else reads process.env.
 */
import { AppError } from './core/errors.ts';

export interface Config {
  port: number;
  host: string;
  /** Empty: SQLite at ./data/tandem.db. */
  databaseUrl: string | undefined;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* and mark cookies Secure. */
  trustProxy: boolean;
  /** Public base URL for links in e-mails (invites, notifications). */
  publicUrl: string;
  logLevel: string;
  /** Max JSON request body in bytes; uploads have their own limit. */
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** PostgreSQL schema to use instead of `public` (tests; several Tandems on one database). */
  pgSchema: string | undefined;
  /** Disable the in-process daily scan and job loops (tests, one-off CLI commands). */
  isSchedulerEnabled: boolean;
  /** A session ends after this many minutes without a request… */
  sessionIdleMinutes: number;
  /** …and this many hours after login whatever happens (a stolen cookie does not live forever). */
  sessionMaxHours: number;
  /** Failed logins per account within the lockout window before it is locked temporarily. */
  loginMaxFailures: number;
  /** Failed logins per IP address within the window (higher: an office shares one address). */
  loginMaxFailuresPerIp: number;
  /** The sliding window for both limits; a locked login opens again as old failures leave it. */
  loginLockoutMinutes: number;
  /** How long an invitation link stays valid. */
  inviteTtlHours: number;
  /** Bearer token for GET /metrics; unset: only loopback callers may read it. */
  metricsToken: string | undefined;
  /** On SIGTERM/SIGINT: wait this long for open requests and the running job, then exit anyway. */
  shutdownTimeoutSeconds: number;
  /** Cron (UTC) of the daily scan; on PostgreSQL it runs once across all instances through pg-boss. */
  scanCron: string;
  /** Queue today's daily scan when the process starts (still once per day across instances). */
  isScanOnStart: boolean;
}

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  { min = 0, max = Number.MAX_SAFE_INTEGER } = {},
) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('CONFIG', `${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function readFlag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new AppError('CONFIG', `${name} must be true or false, got "${env[name]}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = readInteger(env, 'PORT', 3000, { min: 0, max: 65_535 });
  return {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    trustProxy: readFlag(env, 'TRUST_PROXY', false),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    logLevel: env.LOG_LEVEL || 'info',
    bodyLimitBytes: readInteger(env, 'BODY_LIMIT_BYTES', 1_048_576, { min: 1024 }),
    uploadLimitBytes: readInteger(env, 'UPLOAD_LIMIT_BYTES', 200 * 1_048_576, { min: 1024 }),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Tandem <tandem@localhost>',
    pgSchema: env.TANDEM_PG_SCHEMA || undefined,
    isSchedulerEnabled: readFlag(env, 'TANDEM_SCHEDULER', true),
    sessionIdleMinutes: readInteger(env, 'SESSION_IDLE_MINUTES', 60, { min: 1 }),
    sessionMaxHours: readInteger(env, 'SESSION_MAX_HOURS', 12, { min: 1 }),
    loginMaxFailures: readInteger(env, 'LOGIN_MAX_FAILURES', 5, { min: 1 }),
    loginMaxFailuresPerIp: readInteger(env, 'LOGIN_MAX_FAILURES_PER_IP', 50, { min: 1 }),
    loginLockoutMinutes: readInteger(env, 'LOGIN_LOCKOUT_MINUTES', 15, { min: 1 }),
    inviteTtlHours: readInteger(env, 'INVITE_TTL_HOURS', 168, { min: 1 }),
    metricsToken: env.METRICS_TOKEN || undefined,
    shutdownTimeoutSeconds: readInteger(env, 'SHUTDOWN_TIMEOUT_SECONDS', 30, { min: 1 }),
    scanCron: env.TANDEM_SCAN_CRON || '0 5 * * *',
    isScanOnStart: readFlag(env, 'TANDEM_SCAN_ON_START', false),
  };
}
