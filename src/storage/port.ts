/**
 * The storage port: what the application layer may ask of a database. One Kysely implementation serves both
 * engines (connect.ts picks the driver); `satisfies` checks in repositories/ keep them honest.
 */
import type { AlertCandidate, AlertRecord } from '../core/alerts.ts';
import type { IsoDate } from '../core/calendar.ts';
import type { WorkspaceSettings } from '../core/settings.ts';
import type {
  AlertStatus,
  Deal,
  DimensionKey,
  Dimensions,
  Lead,
  MetricObservation,
  PipelineDeal,
  Scope,
  StageChange,
  StageDefinition,
  Target,
} from '../core/types.ts';
import type {
  ApiTokenRepository,
  InviteRepository,
  LoginAttemptRepository,
  SessionRepository,
  UserRepository,
} from './accounts-port.ts';
import type { CampaignRepository } from './campaigns-port.ts';
import type {
  AnswerRepository,
  CommentRepository,
  DiagnosisRepository,
  LearningRepository,
  QuestionRepository,
  QuestionSetRepository,
  SupportRequestRepository,
  TextLabelRepository,
} from './collaboration-port.ts';
import type { DatabaseSource, Engine } from './dialect.ts';
import type { NotificationRepository, OutboxRepository, WebhookRepository } from './notifications-port.ts';

export type * from './accounts-port.ts';
export * from './campaigns-port.ts';
export * from './collaboration-port.ts';
export type * from './notifications-port.ts';

export interface Workspace {
  id: number;
  name: string;
  slug: string;
  settings: WorkspaceSettings;
  createdAt: string;
}

export interface WorkspaceRepository {
  create(input: { name: string; slug: string; settings?: Partial<WorkspaceSettings> }): Promise<Workspace>;
  /** The first workspace (Tandem runs one by default); null on an empty database. */
  findDefault(): Promise<Workspace | null>;
  findBySlug(slug: string): Promise<Workspace | null>;
  get(id: number): Promise<Workspace>;
  updateSettings(id: number, settings: WorkspaceSettings): Promise<Workspace>;
}

export interface DimensionRepository {
  list(workspaceId: number): Promise<Dimensions>;
  /** Returns the id of the named value, creating it when missing (names are unique per workspace). */
  ensure(workspaceId: number, dimension: DimensionKey, name: string): Promise<number>;
  /** Links an owner (sales rep) to a team and optionally to the user who logs in as that rep. */
  assignOwner(
    workspaceId: number,
    ownerId: number,
    link: { teamId?: number | null; userId?: number | null },
  ): Promise<void>;
}

export type NewDeal = Omit<Deal, 'id'>;
export type NewLead = Omit<Lead, 'id'>;
export type NewTarget = Omit<Target, 'id'>;

export interface DealRepository {
  insertMany(workspaceId: number, deals: NewDeal[]): Promise<number[]>;
  list(workspaceId: number): Promise<Deal[]>;
  /** The fields the engine reads (scan, forecasts), by id: a large scan's deals without their texts. */
  listPipelineDeals(workspaceId: number): Promise<PipelineDeal[]>;
  count(workspaceId: number): Promise<number>;
  /** Changes whenever the workspace's deals or targets change (counts and newest updates): a cache key. */
  changeStamp(workspaceId: number): Promise<string>;
  insertStageChanges(workspaceId: number, changes: StageChange[]): Promise<void>;
  /** In the order recorded; the engine groups them per deal and sorts them by date. */
  listStageChanges(workspaceId: number): Promise<StageChange[]>;
}

export interface LeadRepository {
  insertMany(workspaceId: number, leads: NewLead[]): Promise<void>;
  list(workspaceId: number): Promise<Lead[]>;
}

export interface MetricRepository {
  insertMany(workspaceId: number, observations: MetricObservation[]): Promise<void>;
  list(workspaceId: number): Promise<MetricObservation[]>;
}

export interface TargetRepository {
  /** Inserts or replaces targets by (period, measure, scope). */
  upsertMany(workspaceId: number, targets: NewTarget[]): Promise<void>;
  list(workspaceId: number): Promise<Target[]>;
}

export interface StageRepository {
  list(workspaceId: number): Promise<StageDefinition[]>;
  replace(workspaceId: number, stages: StageDefinition[]): Promise<void>;
}

export interface AuditEntry {
  workspaceId: number;
  userId: number | null;
  tokenId?: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  /** Before/after summary; small, no secrets. */
  summary: Record<string, unknown>;
  ip?: string | null;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  at: string;
  tokenId: number | null;
  ip: string | null;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  userId?: number;
  action?: string;
  since?: IsoDate;
  /** Inclusive: entries on this day are listed. */
  until?: IsoDate;
  limit?: number;
  beforeId?: number;
}

export interface AuditRepository {
  record(entry: AuditEntry): Promise<void>;
  list(workspaceId: number, filter?: AuditFilter): Promise<AuditRecord[]>;
}

/** One import as the Data page lists it. */
export interface ImportRecordSummary {
  id: number;
  kind: string;
  fileName: string;
  status: string;
  startedBy: number | null;
  startedAt: string;
  finishedAt: string | null;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface SavedImportMapping {
  name: string;
  kind: string;
  /** The mapping JSON of DESIGN §6, validated by the import layer. */
  mapping: unknown;
}

/** Imports are written by storage/bulk (with their data, in one transaction); this reads them back. */
export interface ImportRepository {
  list(workspaceId: number, limit?: number): Promise<ImportRecordSummary[]>;
  /** The stored error report of an import, or null when there is no such import. */
  findErrors(workspaceId: number, id: number): Promise<Record<string, unknown>[] | null>;
  listMappings(workspaceId: number): Promise<SavedImportMapping[]>;
  saveMapping(workspaceId: number, mapping: SavedImportMapping): Promise<void>;
}

export interface AlertFilter {
  statuses?: AlertStatus[];
  ids?: number[];
}

export interface AlertRepository {
  /** Inserts new alerts and updates the evidence of known ones (same dedupe key); keeps status and first detection. */
  upsertFromScan(
    workspaceId: number,
    asOf: IsoDate,
    candidates: AlertCandidate[],
  ): Promise<{ created: number[]; updated: number[] }>;
  list(workspaceId: number, filter?: AlertFilter): Promise<AlertRecord[]>;
  /** Throws NOT_FOUND for an id of another workspace, as for a missing one. */
  get(workspaceId: number, id: number): Promise<AlertRecord>;
  setStatus(
    workspaceId: number,
    id: number,
    change: { status: AlertStatus; reason: string | null; userId: number | null },
  ): Promise<void>;
}

export interface ScanRunRecord {
  id: number;
  asOf: IsoDate;
  trigger: string;
  startedAt: string;
  finishedAt: string | null;
  stats: Record<string, unknown>;
}

/** A forecast as a scan stores it: the period-end quantiles plus what the fan chart needs. */
export interface StoredForecast {
  targetId: number;
  scope: Scope;
  asOf: IsoDate;
  period: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  measure: Target['measure'];
  target: number;
  booked: number;
  p10: number;
  p50: number;
  p90: number;
  pMiss: number;
  expectedShortfall: number;
  daysLeft: number;
  /** Booked to the end of each week of the period up to asOf (week start → cumulative amount). */
  bookedByWeek: Array<{ weekStart: IsoDate; booked: number }>;
}

export interface ScanRepository {
  start(workspaceId: number, asOf: IsoDate, trigger: string): Promise<number>;
  finish(id: number, status: 'done' | 'failed', stats: Record<string, unknown>): Promise<void>;
  /** Marks the workspace's runs still 'running' that started before `startedBefore` as failed; returns how many. */
  failInterrupted(workspaceId: number, startedBefore: string): Promise<number>;
  findLatest(workspaceId: number): Promise<ScanRunRecord | null>;
  isRunning(workspaceId: number, withinMinutes: number): Promise<boolean>;
  saveForecasts(workspaceId: number, scanRunId: number, forecasts: StoredForecast[]): Promise<void>;
  listForecasts(workspaceId: number, scanRunId: number): Promise<StoredForecast[]>;
  /**
   * The latest forecast a finished scan stored for exactly this scope, period and measure with an as-of date on
   * or before `asOfOnOrBefore` (what the engine expected at that point), or null.
   */
  findForecastAsOf(
    workspaceId: number,
    query: { scope: Scope; period: string; measure: Target['measure']; asOfOnOrBefore: IsoDate },
  ): Promise<StoredForecast | null>;
  /** Calibrated thresholds by cache key (core/detect/calibration-key.ts). */
  loadThresholds(workspaceId: number): Promise<Record<string, number>>;
  saveThresholds(workspaceId: number, thresholds: Record<string, number>): Promise<void>;
}

export interface Storage {
  readonly engine: Engine;
  /**
   * How a worker thread opens this database on its own connection (the scan loads its rows there). Null for an
   * in-memory SQLite database, and inside a transaction, whose uncommitted writes another connection cannot see.
   */
  readonly source: DatabaseSource | null;
  readonly workspaces: WorkspaceRepository;
  readonly dimensions: DimensionRepository;
  readonly deals: DealRepository;
  readonly leads: LeadRepository;
  readonly metrics: MetricRepository;
  readonly targets: TargetRepository;
  readonly stages: StageRepository;
  readonly campaigns: CampaignRepository;
  readonly audit: AuditRepository;
  readonly alerts: AlertRepository;
  readonly scans: ScanRepository;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly apiTokens: ApiTokenRepository;
  readonly invites: InviteRepository;
  readonly loginAttempts: LoginAttemptRepository;
  readonly imports: ImportRepository;
  readonly requests: SupportRequestRepository;
  readonly comments: CommentRepository;
  readonly questions: QuestionRepository;
  readonly questionSets: QuestionSetRepository;
  readonly answers: AnswerRepository;
  readonly textLabels: TextLabelRepository;
  readonly diagnoses: DiagnosisRepository;
  readonly learnings: LearningRepository;
  readonly notifications: NotificationRepository;
  readonly outbox: OutboxRepository;
  readonly webhooks: WebhookRepository;
  /** Runs `work` in one transaction: all its writes land, or none do. */
  transaction<T>(work: (storage: Storage) => Promise<T>): Promise<T>;
}
