/**
 * The storage port for the collaboration between sales and marketing (DESIGN §2): support requests, comments,
 * the workspace's question catalogue, question sets with their recipients and answers, confirmed text labels,
 * diagnoses, and the learnings the diagnosis page shows. Part of port.ts (re-exported there).
 */
import type { AidaStage } from '../core/aida.ts';
import type { IsoDate } from '../core/calendar.ts';
import type { BarrierCodeKey } from '../core/coding/code-text.ts';
import type { CampaignLearning } from '../core/diagnosis/what-worked-before.ts';
import type { QuestionDefinition } from '../core/questions/types.ts';
import type { RequestEvidence } from '../core/requests/evidence.ts';
import type { Deal, DiagnosisVerdict, RequestStatus, Scope } from '../core/types.ts';

export interface SupportRequestRecord {
  id: number;
  workspaceId: number;
  title: string;
  scope: Scope;
  evidence: RequestEvidence;
  requestedBy: number | null;
  marketingOwnerId: number | null;
  dueOn: IsoDate | null;
  status: RequestStatus;
  alertIds: number[];
  createdAt: string;
  updatedAt: string;
}

export interface NewSupportRequest {
  title: string;
  evidence: RequestEvidence;
  requestedBy: number | null;
  marketingOwnerId: number | null;
  dueOn: IsoDate | null;
  alertIds: number[];
  createdAt: string;
}

export type SupportRequestChanges = Partial<
  Pick<SupportRequestRecord, 'title' | 'marketingOwnerId' | 'dueOn' | 'status'>
>;

export interface SupportRequestRepository {
  insert(workspaceId: number, request: NewSupportRequest): Promise<SupportRequestRecord>;
  /** null for a missing id and for another workspace's. */
  find(workspaceId: number, id: number): Promise<SupportRequestRecord | null>;
  /** Newest first. */
  list(workspaceId: number, filter?: { statuses?: RequestStatus[] }): Promise<SupportRequestRecord[]>;
  /** Open requests (not closed) an alert is attached to. */
  listForAlert(workspaceId: number, alertId: number): Promise<SupportRequestRecord[]>;
  update(
    workspaceId: number,
    id: number,
    changes: SupportRequestChanges & { updatedAt: string },
  ): Promise<SupportRequestRecord | null>;
}

export interface CommentRecord {
  id: number;
  entity: string;
  entityId: number;
  authorId: number | null;
  body: string;
  mentions: number[];
  createdAt: string;
}

export interface CommentRepository {
  insert(workspaceId: number, comment: Omit<CommentRecord, 'id'>): Promise<CommentRecord>;
  /** Oldest first. */
  list(workspaceId: number, entity: string, entityId: number): Promise<CommentRecord[]>;
}

/** A question as the workspace keeps it: the catalogue's (by `catalogueKey`) or marketing's own (`catalogueKey` null). */
export interface StoredQuestion {
  id: number;
  /** `definition.key` is the catalogue key, or `custom.<id>` for marketing's own questions. */
  definition: QuestionDefinition;
  catalogueKey: string | null;
  position: number;
  isArchived: boolean;
  createdBy: number | null;
  updatedAt: string;
}

/** A question without its key: what marketing writes or edits (distributes over the answer-type variants). */
export type QuestionContent = QuestionDefinition extends infer Q
  ? Q extends unknown
    ? Omit<Q, 'key'>
    : never
  : never;

export interface QuestionRepository {
  /** In catalogue order; only the questions with `ids` when given (a question set's, say). */
  list(
    workspaceId: number,
    options?: { includeArchived?: boolean; ids?: readonly number[] },
  ): Promise<StoredQuestion[]>;
  find(workspaceId: number, id: number): Promise<StoredQuestion | null>;
  /** Inserts the catalogue questions the workspace lacks (by catalogue key); safe to call concurrently. */
  insertMissingCatalogue(
    workspaceId: number,
    questions: readonly QuestionDefinition[],
    at: string,
  ): Promise<number>;
  insert(
    workspaceId: number,
    question: { content: QuestionContent; createdBy: number | null; at: string },
  ): Promise<StoredQuestion>;
  update(
    workspaceId: number,
    id: number,
    changes: { content?: QuestionContent; isArchived?: boolean; at: string },
  ): Promise<StoredQuestion | null>;
  /** Whether a question set or an answer refers to it (then it is archived, never deleted). */
  isUsed(workspaceId: number, id: number): Promise<boolean>;
  delete(workspaceId: number, id: number): Promise<boolean>;
}

export const QUESTION_SET_STATUSES = ['draft', 'sent', 'closed'] as const;
export type QuestionSetStatus = (typeof QUESTION_SET_STATUSES)[number];
export const RECIPIENT_STATUSES = ['pending', 'draft', 'submitted'] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

export interface QuestionSetRecipient {
  userId: number;
  status: RecipientStatus;
  submittedAt: string | null;
  remindedAt: string | null;
}

export interface QuestionSetRecord {
  id: number;
  workspaceId: number;
  requestId: number;
  title: string;
  deadlineOn: IsoDate;
  status: QuestionSetStatus;
  createdBy: number | null;
  createdAt: string;
  sentAt: string | null;
  /** Question ids in the order asked. */
  questionIds: number[];
  recipients: QuestionSetRecipient[];
}

export interface QuestionSetRepository {
  insert(
    workspaceId: number,
    set: Pick<QuestionSetRecord, 'requestId' | 'title' | 'deadlineOn' | 'createdBy' | 'createdAt'> & {
      questionIds: number[];
      recipientIds: number[];
    },
  ): Promise<QuestionSetRecord>;
  find(workspaceId: number, id: number): Promise<QuestionSetRecord | null>;
  /** Oldest first. */
  listForRequest(workspaceId: number, requestId: number): Promise<QuestionSetRecord[]>;
  /** Sets sent (or closed) to this user, newest first; drafts are marketing's and never listed here. */
  listForRecipient(workspaceId: number, userId: number): Promise<QuestionSetRecord[]>;
  listByStatus(workspaceId: number, status: QuestionSetStatus): Promise<QuestionSetRecord[]>;
  update(
    workspaceId: number,
    id: number,
    changes: Partial<Pick<QuestionSetRecord, 'title' | 'deadlineOn' | 'status' | 'sentAt'>>,
  ): Promise<QuestionSetRecord | null>;
  replaceQuestions(workspaceId: number, id: number, questionIds: number[]): Promise<void>;
  /** Keeps the status of recipients who stay, adds new ones as pending, removes the others. */
  replaceRecipients(workspaceId: number, id: number, userIds: number[]): Promise<void>;
  setRecipientStatus(
    workspaceId: number,
    id: number,
    change: { userId: number; status: RecipientStatus; submittedAt: string | null },
  ): Promise<void>;
}

export interface AnswerRecord {
  id: number;
  questionSetId: number;
  questionId: number;
  userId: number;
  /** A value validateAnswer accepted; null while a draft leaves the question open. */
  value: unknown;
  /** A customer quote the rep adds. */
  quote: string | null;
  /** Competitors named, comma-separated, for lists and search (the structured list sits in `value`). */
  competitor: string | null;
  codedBarrier: BarrierCodeKey | null;
  dealIds: number[];
  updatedAt: string;
}

export type AnswerInput = Omit<AnswerRecord, 'id'>;

export interface AnswerRepository {
  /** A set's answers; only one rep's with `userId`. */
  listForSet(
    workspaceId: number,
    questionSetId: number,
    options?: { userId?: number },
  ): Promise<AnswerRecord[]>;
  find(workspaceId: number, id: number): Promise<AnswerRecord | null>;
  /** Inserts or replaces one rep's answer to one question, with its linked deals. */
  save(workspaceId: number, answer: AnswerInput): Promise<AnswerRecord>;
  /**
   * Inserts or replaces several answers with their linked deals in three statements, however many there are
   * (the form autosaves every answer at once; on PostgreSQL the answers' row locks are held for the fewest round
   * trips). A key given twice keeps its last answer.
   */
  saveAll(workspaceId: number, answers: readonly AnswerInput[]): Promise<void>;
  remove(
    workspaceId: number,
    key: { questionSetId: number; questionId: number; userId: number },
  ): Promise<void>;
  setCodedBarrier(workspaceId: number, id: number, barrier: BarrierCodeKey | null): Promise<void>;
  /** The workspace's deals with these ids (others are left out): for linked deals and evidence lists. */
  listDeals(workspaceId: number, dealIds: readonly number[]): Promise<Deal[]>;
}

export const TEXT_LABEL_SOURCES = ['lost_reason', 'answer', 'quote'] as const;
export type TextLabelSource = (typeof TEXT_LABEL_SOURCES)[number];

export interface TextLabelRecord {
  id: number;
  source: TextLabelSource;
  /** Deal id for a lost reason, answer id for an answer or quote. */
  sourceId: number | null;
  text: string;
  barrier: BarrierCodeKey;
  labelledBy: number | null;
  createdAt: string;
}

export interface TextLabelRepository {
  insert(workspaceId: number, label: Omit<TextLabelRecord, 'id'>): Promise<TextLabelRecord>;
  /** Oldest first: a later label of the same source wins. */
  list(workspaceId: number): Promise<TextLabelRecord[]>;
}

export interface DiagnosisRecord {
  id: number;
  requestId: number;
  verdict: DiagnosisVerdict;
  aidaStage: AidaStage | null;
  confidence: number;
  /** The stored result as the diagnosis feature wrote it (diagnosis, window, inputs). */
  result: Record<string, unknown>;
  computedAt: string;
}

export interface DiagnosisRepository {
  /** One diagnosis per request: a recomputation replaces the last. */
  save(workspaceId: number, diagnosis: Omit<DiagnosisRecord, 'id'>): Promise<DiagnosisRecord>;
  find(workspaceId: number, requestId: number): Promise<DiagnosisRecord | null>;
}

export interface LearningRecord extends CampaignLearning {
  id: number;
  campaignId: number | null;
  createdAt: string;
}

export interface LearningRepository {
  list(workspaceId: number): Promise<LearningRecord[]>;
  /** Replaces what a campaign's last evaluation taught (one row per barrier). */
  replaceForCampaign(
    workspaceId: number,
    campaignId: number,
    learnings: readonly CampaignLearning[],
  ): Promise<void>;
}
