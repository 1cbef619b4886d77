/**
 * The storage port for campaigns (DESIGN §5 "Brief" and "Impact"): the campaign row (brief + run), its brief
 * versions, its evaluations, and the learnings they leave. Part of port.ts (re-exported there).
 */
import type { AidaStage, BarrierKey } from '../core/aida.ts';
import type { IsoDate } from '../core/calendar.ts';
import type { CampaignLearning } from '../core/diagnosis/what-worked-before.ts';
import type { ImpactVerdict, Scope } from '../core/types.ts';

/** A campaign (brief + run) as stored; the campaign feature owns the shape of `brief`. */
export interface CampaignRecord {
  id: number;
  name: string;
  objectiveStage: AidaStage | null;
  scope: Scope;
  barriers: BarrierKey[];
  brief: Record<string, unknown>;
  status: string;
  startOn: IsoDate | null;
  endOn: IsoDate | null;
  budgetCents: number | null;
  requestId: number | null;
  diagnosisId: number | null;
  ownerId: number | null;
  approvedBy: number | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

type Managed = 'id' | 'approvedBy' | 'approvedAt' | 'createdAt' | 'updatedAt';
type Links = 'requestId' | 'diagnosisId' | 'ownerId';
export type NewCampaign = Omit<CampaignRecord, Managed | Links> & Partial<Pick<CampaignRecord, Links>>;

export type CampaignChanges = Partial<
  Pick<
    CampaignRecord,
    | 'name'
    | 'objectiveStage'
    | 'scope'
    | 'barriers'
    | 'brief'
    | 'status'
    | 'startOn'
    | 'endOn'
    | 'budgetCents'
    | 'ownerId'
    | 'approvedBy'
    | 'approvedAt'
  >
>;

export interface BriefVersionRecord {
  id: number;
  campaignId: number;
  version: number;
  content: Record<string, unknown>;
  authorId: number | null;
  createdAt: string;
}

export interface CampaignEvaluationRecord {
  id: number;
  campaignId: number;
  evaluatedOn: IsoDate;
  verdict: ImpactVerdict;
  result: Record<string, unknown>;
  createdAt: string;
}

export interface CampaignRepository {
  insert(workspaceId: number, campaign: NewCampaign): Promise<number>;
  list(workspaceId: number): Promise<CampaignRecord[]>;
  /** null for a missing id and for another workspace's. */
  find(workspaceId: number, id: number): Promise<CampaignRecord | null>;
  update(workspaceId: number, id: number, changes: CampaignChanges): Promise<CampaignRecord | null>;
  /** Appends the next version (1, 2, …) of the campaign's brief; the caller has checked the campaign exists. */
  addVersion(
    campaignId: number,
    version: { content: Record<string, unknown>; authorId: number | null },
  ): Promise<BriefVersionRecord>;
  /** Oldest first. */
  listVersions(workspaceId: number, campaignId: number): Promise<BriefVersionRecord[]>;
  addEvaluation(
    workspaceId: number,
    evaluation: Omit<CampaignEvaluationRecord, 'id' | 'createdAt'>,
  ): Promise<CampaignEvaluationRecord>;
  /** Newest first. */
  listEvaluations(workspaceId: number, campaignId: number): Promise<CampaignEvaluationRecord[]>;
}

export interface NewLearning extends CampaignLearning {
  campaignId: number;
}
