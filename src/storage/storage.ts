import type SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DatabaseSource, OpenDatabase } from './connect.ts';
import type { Engine } from './dialect.ts';
import type { Storage } from './port.ts';
import { createAlertRepository } from './repositories/alerts.ts';
import { createAnswerRepository } from './repositories/answers.ts';
import { createApiTokenRepository } from './repositories/api-tokens.ts';
import { createAuditRepository } from './repositories/audit.ts';
import { createCampaignRepository } from './repositories/campaigns.ts';
import { createCommentRepository } from './repositories/comments.ts';
import { createDealRepository } from './repositories/deals.ts';
import { createDiagnosisRepository, createLearningRepository } from './repositories/diagnoses.ts';
import { createDimensionRepository } from './repositories/dimensions.ts';
import { createImportRepository } from './repositories/imports.ts';
import { createInviteRepository } from './repositories/invites.ts';
import { createLeadRepository } from './repositories/leads.ts';
import { createLoginAttemptRepository } from './repositories/login-attempts.ts';
import { createMetricRepository } from './repositories/metrics.ts';
import { createNotificationRepository } from './repositories/notifications.ts';
import { createOutboxRepository } from './repositories/outbox.ts';
import { createQuestionSetRepository } from './repositories/question-sets.ts';
import { createQuestionRepository } from './repositories/questions.ts';
import { createScanRepository } from './repositories/scans.ts';
import { createSessionRepository } from './repositories/sessions.ts';
import { createStageRepository } from './repositories/stages.ts';
import { createSupportRequestRepository } from './repositories/support-requests.ts';
import { createTargetRepository } from './repositories/targets.ts';
import { createTextLabelRepository } from './repositories/text-labels.ts';
import { createUserRepository } from './repositories/users.ts';
import { createWebhookRepository } from './repositories/webhooks.ts';
import { createWorkspaceRepository } from './repositories/workspaces.ts';
import type { Database } from './schema/index.ts';

/** `sqlite`: the raw handle for bulk reads, outside transactions only (inside one, Kysely holds the connection). */
function buildStorage(
  db: Kysely<Database>,
  engine: Engine,
  sqlite: SqliteDatabase.Database | null,
  source: DatabaseSource | null,
  isInTransaction: boolean,
): Storage {
  const storage: Storage = {
    engine,
    source: isInTransaction ? null : source,
    workspaces: createWorkspaceRepository(db),
    dimensions: createDimensionRepository(db),
    deals: createDealRepository(db, engine, isInTransaction ? null : sqlite),
    leads: createLeadRepository(db),
    metrics: createMetricRepository(db),
    targets: createTargetRepository(db),
    stages: createStageRepository(db),
    campaigns: createCampaignRepository(db),
    audit: createAuditRepository(db),
    alerts: createAlertRepository(db),
    scans: createScanRepository(db),
    users: createUserRepository(db),
    sessions: createSessionRepository(db),
    apiTokens: createApiTokenRepository(db),
    invites: createInviteRepository(db),
    loginAttempts: createLoginAttemptRepository(db),
    imports: createImportRepository(db),
    requests: createSupportRequestRepository(db),
    comments: createCommentRepository(db),
    questions: createQuestionRepository(db),
    questionSets: createQuestionSetRepository(db),
    answers: createAnswerRepository(db),
    textLabels: createTextLabelRepository(db),
    diagnoses: createDiagnosisRepository(db),
    learnings: createLearningRepository(db),
    notifications: createNotificationRepository(db),
    outbox: createOutboxRepository(db, engine),
    webhooks: createWebhookRepository(db),
    // A transaction inside a transaction joins the outer one: SQLite cannot nest, and callers compose use cases.
    transaction: (work) =>
      isInTransaction
        ? work(storage)
        : db.transaction().execute((trx) => work(buildStorage(trx, engine, null, null, true))),
  };
  return storage;
}

/** The repositories over an open database; both engines share this one implementation. */
export function createStorage(database: OpenDatabase): Storage {
  return buildStorage(database.db, database.engine, database.sqlite, database.source, false);
}
