import type { Generated } from 'kysely';
import type { Flag, Id } from './columns.ts';

export interface SupportRequestTable {
  id: Id;
  workspace_id: number;
  title: string;
  scope_key: string;
  evidence_json: Generated<string>;
  requested_by: number | null;
  marketing_owner_id: number | null;
  due_on: string | null;
  status: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface SupportRequestAlertTable {
  request_id: number;
  alert_id: number;
}

export interface CommentTable {
  id: Id;
  workspace_id: number;
  entity: string;
  entity_id: number;
  author_id: number | null;
  body: string;
  mentions_json: Generated<string>;
  created_at: string;
}

export interface QuestionTable {
  id: Id;
  workspace_id: number;
  catalogue_key: string | null;
  barrier: string | null;
  aida_stage: string | null;
  answer_type: string;
  text_de: string;
  text_en: string;
  options_json: Generated<string>;
  position: Generated<number>;
  is_archived: Generated<Flag>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface QuestionSetTable {
  id: Id;
  workspace_id: number;
  request_id: number;
  title: string;
  deadline_on: string;
  status: Generated<string>;
  created_by: number | null;
  created_at: string;
  sent_at: string | null;
}

export interface QuestionSetItemTable {
  id: Id;
  question_set_id: number;
  question_id: number;
  position: number;
}

export interface QuestionSetRecipientTable {
  id: Id;
  question_set_id: number;
  user_id: number;
  status: Generated<string>;
  submitted_at: string | null;
  reminded_at: string | null;
}

export interface AnswerTable {
  id: Id;
  workspace_id: number;
  question_set_id: number;
  question_id: number;
  user_id: number;
  value_json: Generated<string>;
  text: string | null;
  competitor: string | null;
  coded_barrier: string | null;
  updated_at: string;
}

export interface AnswerDealTable {
  id: Id;
  answer_id: number;
  deal_id: number;
}

export interface TextLabelTable {
  id: Id;
  workspace_id: number;
  source: string;
  source_id: number | null;
  text: string;
  barrier: string;
  labelled_by: number | null;
  created_at: string;
}

export interface DiagnosisTable {
  id: Id;
  workspace_id: number;
  request_id: number;
  verdict: string;
  aida_stage: string | null;
  confidence: number;
  result_json: string;
  computed_at: string;
}
