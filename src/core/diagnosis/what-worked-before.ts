/**
 * "What worked before" on the diagnosis page: past campaign learnings (DESIGN §5, Impact) that fit the
 * diagnosed barrier or stage. A pure filter and sort over plain learnings, as the `learnings` table keeps them.
 */
import type { AidaStage, BarrierKey } from '../aida.ts';
import type { ImpactVerdict } from '../types.ts';

export interface CampaignLearning {
  barrier: BarrierKey | null;
  aidaStage: AidaStage | null;
  channels: readonly string[];
  /** The measured effect on the campaign's KPI in percent; null when not measured. */
  effectPct: number | null;
  verdict: ImpactVerdict;
  summary: string;
}

export type LearningMatch = 'barrier_and_stage' | 'barrier' | 'stage';

export interface MatchedLearning<T extends CampaignLearning> {
  learning: T;
  match: LearningMatch;
}

export interface ListWhatWorkedBeforeInput<T extends CampaignLearning> {
  learnings: readonly T[];
  barrier: BarrierKey | null;
  stage: AidaStage | null;
}

const MATCH_ORDER: Record<LearningMatch, number> = { barrier_and_stage: 0, barrier: 1, stage: 2 };
/** What worked first, then what we could not tell, then what did not work (a warning worth showing). */
const VERDICT_ORDER: Record<ImpactVerdict, number> = { worked: 0, inconclusive: 1, no_effect: 2 };

function matchOf(
  learning: CampaignLearning,
  barrier: BarrierKey | null,
  stage: AidaStage | null,
): LearningMatch | null {
  const isBarrier = barrier !== null && learning.barrier === barrier;
  const isStage = stage !== null && learning.aidaStage === stage;
  if (isBarrier && isStage) return 'barrier_and_stage';
  if (isBarrier) return 'barrier';
  return isStage ? 'stage' : null;
}

/**
 * Learnings about the same barrier or stage: closest match first, then by verdict (worked first), then by effect
 * (largest first, unmeasured last), then by summary so the order is stable. Extra fields of T (ids) are kept.
 */
export function listWhatWorkedBefore<T extends CampaignLearning>(
  input: ListWhatWorkedBeforeInput<T>,
): MatchedLearning<T>[] {
  return input.learnings
    .flatMap((learning) => {
      const match = matchOf(learning, input.barrier, input.stage);
      return match ? [{ learning, match }] : [];
    })
    .sort(
      (a, b) =>
        MATCH_ORDER[a.match] - MATCH_ORDER[b.match] ||
        VERDICT_ORDER[a.learning.verdict] - VERDICT_ORDER[b.learning.verdict] ||
        (b.learning.effectPct ?? Number.NEGATIVE_INFINITY) -
          (a.learning.effectPct ?? Number.NEGATIVE_INFINITY) ||
        (a.learning.summary < b.learning.summary ? -1 : a.learning.summary > b.learning.summary ? 1 : 0),
    );
}
