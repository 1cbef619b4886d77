/**
 * The AIDA stage of a diagnosis: the stage whose barriers hold the largest combined share. When the two leading
 * stages are within STAGE_TIE_MARGIN, the funnel stage that moved (from the alert) decides between them — the
 * funnel numbers are evidence too. Without barrier evidence the funnel stage stands alone.
 */
import { AIDA_STAGES, type AidaStage } from '../aida.ts';
import type { BarrierFinding, FunnelMove } from './types.ts';

export const STAGE_TIE_MARGIN = 0.05;

export interface StageDecision {
  aidaStage: AidaStage | null;
  stageShares: { stage: AidaStage; share: number }[];
  /** The stage the barrier evidence alone points to. */
  barrierStage: AidaStage | null;
}

export function decideAidaStage(ranked: readonly BarrierFinding[], funnel: FunnelMove | null): StageDecision {
  const stageShares = AIDA_STAGES.map((stage) => ({
    stage,
    share: ranked
      .filter((finding) => finding.aidaStage === stage)
      .reduce((sum, finding) => sum + (finding.share?.estimate ?? 0), 0),
  }));
  const sorted = [...stageShares].sort((a, b) => b.share - a.share);
  const [first, second] = sorted;
  const barrierStage = first && first.share > 0 ? first.stage : null;
  const funnelStage = funnel?.aidaStage ?? null;
  if (!barrierStage) return { aidaStage: funnelStage, stageShares, barrierStage };
  const isTie = first && second && first.share - second.share < STAGE_TIE_MARGIN;
  const aidaStage = isTie && second?.stage === funnelStage ? funnelStage : barrierStage;
  return { aidaStage, stageShares, barrierStage };
}
