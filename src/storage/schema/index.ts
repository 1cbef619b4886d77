/**
 * Row types of the tables created by the migrations, for Kysely's typed queries. Column conventions are described
 * in migrations/table.ts. These are storage shapes; repositories map them to the domain types in core/types.ts.
 */
import type {
  ApiTokenTable,
  AuditLogTable,
  InviteTable,
  LoginAttemptTable,
  SessionTable,
  UserTable,
  WorkspaceTable,
} from './accounts.ts';
import type {
  BriefVersionTable,
  CampaignEvaluationTable,
  CampaignTable,
  LearningTable,
  NotificationPreferenceTable,
  NotificationTable,
  OutboxTable,
  WebhookTable,
} from './campaigns.ts';
import type {
  AnswerDealTable,
  AnswerTable,
  CommentTable,
  DiagnosisTable,
  QuestionSetItemTable,
  QuestionSetRecipientTable,
  QuestionSetTable,
  QuestionTable,
  SupportRequestAlertTable,
  SupportRequestTable,
  TextLabelTable,
} from './collaboration.ts';
import type {
  AlertTable,
  CalibrationCacheTable,
  ForecastSnapshotTable,
  ScanRunTable,
} from './early-warning.ts';
import type {
  DealTable,
  ImportMappingTable,
  ImportTable,
  LeadTable,
  MetricObservationTable,
  NamedDimensionTable,
  OwnerTable,
  StageChangeTable,
  StageTable,
  TargetTable,
} from './pipeline.ts';

export interface Database {
  workspaces: WorkspaceTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  invites: InviteTable;
  login_attempts: LoginAttemptTable;
  audit_log: AuditLogTable;
  products: NamedDimensionTable;
  segments: NamedDimensionTable;
  regions: NamedDimensionTable;
  teams: NamedDimensionTable;
  owners: OwnerTable;
  stages: StageTable;
  deals: DealTable;
  stage_changes: StageChangeTable;
  leads: LeadTable;
  metric_observations: MetricObservationTable;
  targets: TargetTable;
  imports: ImportTable;
  import_mappings: ImportMappingTable;
  scan_runs: ScanRunTable;
  alerts: AlertTable;
  forecast_snapshots: ForecastSnapshotTable;
  calibration_cache: CalibrationCacheTable;
  support_requests: SupportRequestTable;
  support_request_alerts: SupportRequestAlertTable;
  comments: CommentTable;
  questions: QuestionTable;
  question_sets: QuestionSetTable;
  question_set_items: QuestionSetItemTable;
  question_set_recipients: QuestionSetRecipientTable;
  answers: AnswerTable;
  answer_deals: AnswerDealTable;
  text_labels: TextLabelTable;
  diagnoses: DiagnosisTable;
  campaigns: CampaignTable;
  brief_versions: BriefVersionTable;
  campaign_evaluations: CampaignEvaluationTable;
  learnings: LearningTable;
  notifications: NotificationTable;
  outbox: OutboxTable;
  notification_preferences: NotificationPreferenceTable;
  webhooks: WebhookTable;
}

export type DimensionTableName = 'products' | 'segments' | 'regions' | 'teams' | 'owners';
