import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import {
  OUTBOX_CHANNELS,
  OUTBOX_STATUSES,
  type OutboxChannel,
  type OutboxStatus,
} from '../../core/notifications.ts';
import { type Engine, lockForClaim } from '../dialect.ts';
import type { OutboxMessage, OutboxPayload, OutboxRepository } from '../notifications-port.ts';
import type { Database } from '../schema/index.ts';
import { forEachChunk, parseJson, ROWS_PER_INSERT } from './batch.ts';

/** Errors are kept for people to read, not as logs: a bounded excerpt is enough. */
const MAX_ERROR_LENGTH = 1000;

function toStatus(value: string): OutboxStatus {
  return OUTBOX_STATUSES.find((status) => status === value) ?? 'pending';
}

function toChannel(value: string): OutboxChannel {
  return OUTBOX_CHANNELS.find((channel) => channel === value) ?? 'email';
}

function toMessage(row: Selectable<Database['outbox']>): OutboxMessage {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    channel: toChannel(row.channel),
    recipient: row.recipient,
    payload: parseJson<OutboxPayload>(row.payload_json, {
      kind: 'alert_new',
      locale: 'de',
      title: '',
      body: '',
      link: null,
    }),
    dedupeKey: row.dedupe_key,
    status: toStatus(row.status),
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lockedUntil: row.locked_until,
    lastError: row.last_error,
    deliveredAt: row.delivered_at,
    createdAt: row.created_at,
  };
}

/** Pending, due, and not leased to a live worker. Used twice in a claim: to pick rows, and to re-check them. */
function isClaimable(now: string) {
  return (eb: ExpressionBuilder<Database, 'outbox'>) =>
    eb.and([
      eb('status', '=', 'pending'),
      eb('next_attempt_at', '<=', now),
      eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]),
    ]);
}

function toCompletionColumns(completion: Parameters<OutboxRepository['complete']>[2]) {
  if (completion.status === 'delivered') {
    return { status: 'delivered', delivered_at: completion.at, last_error: null };
  }
  const reason = completion.reason.slice(0, MAX_ERROR_LENGTH);
  if (completion.status === 'pending') {
    return { status: 'pending', next_attempt_at: completion.nextAttemptAt, last_error: reason };
  }
  return { status: completion.status, last_error: reason };
}

export function createOutboxRepository(db: Kysely<Database>, engine: Engine) {
  return {
    async enqueueMany(rows) {
      let queued = 0;
      await forEachChunk([...rows], ROWS_PER_INSERT, async (chunk) => {
        const result = await db
          .insertInto('outbox')
          .values(
            chunk.map((row) => ({
              workspace_id: row.workspaceId,
              channel: row.channel,
              recipient: row.recipient,
              payload_json: JSON.stringify(row.payload),
              dedupe_key: row.dedupeKey,
              next_attempt_at: row.createdAt,
              created_at: row.createdAt,
            })),
          )
          .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
          .returning('id')
          .execute();
        queued += result.length;
      });
      return queued;
    },
    async claimDue({ now, leaseUntil, limit }) {
      // The pick runs once, as a materialised CTE: an `in (select … limit n)` subquery may be re-run by the
      // PostgreSQL planner, and with `skip locked` each run picks other rows, so one claim took far more than n.
      const rows = await db
        .with(
          (cte) => cte('due').materialized(),
          (qb) =>
            lockForClaim(
              qb
                .selectFrom('outbox')
                .select('id')
                .where(isClaimable(now))
                .orderBy('next_attempt_at')
                .orderBy('id')
                .limit(limit),
              engine,
            ),
        )
        .updateTable('outbox')
        .set((eb) => ({ locked_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', (eb) => eb.selectFrom('due').select('due.id'))
        .where(isClaimable(now))
        .returningAll()
        .execute();
      return rows.map(toMessage).sort((a, b) => a.id - b.id);
    },
    async complete(id, lease, completion) {
      const result = await db
        .updateTable('outbox')
        .set({ ...toCompletionColumns(completion), locked_until: null })
        .where('id', '=', id)
        .where('locked_until', '=', lease)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async find(workspaceId, id) {
      const row = await db
        .selectFrom('outbox')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toMessage(row) : null;
    },
    async list(workspaceId, { status, limit }) {
      let query = db.selectFrom('outbox').selectAll().where('workspace_id', '=', workspaceId);
      if (status) query = query.where('status', '=', status);
      const rows = await query.orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toMessage);
    },
    async countByStatus(workspaceId) {
      const rows = await db
        .selectFrom('outbox')
        .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
        .where('workspace_id', '=', workspaceId)
        .groupBy('status')
        .execute();
      const counts: Record<OutboxStatus, number> = { pending: 0, delivered: 0, failed: 0, skipped: 0 };
      for (const row of rows) counts[toStatus(row.status)] += Number(row.count);
      return counts;
    },
    async requeue({ workspaceId, id, now }) {
      const row = await db
        .updateTable('outbox')
        .set({ status: 'pending', attempts: 0, next_attempt_at: now, locked_until: null })
        .where('id', '=', id)
        .where('workspace_id', '=', workspaceId)
        .where('status', 'in', ['failed', 'skipped'])
        .returningAll()
        .executeTakeFirst();
      return row ? toMessage(row) : null;
    },
  } satisfies OutboxRepository;
}
