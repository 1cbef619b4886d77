/**
 * What proposeQuestions reads from a request's frozen evidence: the AIDA stage, the alerting indicator and the
 * drivers that name an indicator, a barrier or a stage, and the lost-reason shifts. Drivers carry their machine
 * detail loosely (`detail.indicator`, `detail.barrier`, `detail.aidaStage`, `detail.changePct`), so each field is
 * read only when it has the right shape.
 */
import { AIDA_STAGES, type AidaStage, isBarrierKey } from '../aida.ts';
import type { AlertDriver } from '../alerts.ts';
import type { ProposalDriver, ProposeQuestionsInput } from '../questions/propose-questions.ts';
import type { RequestEvidence } from './evidence.ts';

function readStage(value: unknown): AidaStage | null {
  return AIDA_STAGES.find((stage) => stage === value) ?? null;
}

function readDriver(driver: AlertDriver): ProposalDriver | null {
  const detail = driver.detail ?? {};
  const barrier = typeof detail.barrier === 'string' && isBarrierKey(detail.barrier) ? detail.barrier : null;
  const indicator =
    typeof detail.indicator === 'string'
      ? detail.indicator
      : barrier
        ? `lost_barrier_share:${barrier}`
        : null;
  if (indicator === null) return null;
  const changePct = typeof detail.changePct === 'number' ? detail.changePct : null;
  return { indicator, aidaStage: readStage(detail.aidaStage ?? detail.stage), changePct };
}

/** The proposal input for a request: the alert's own indicator first, then its drivers in rank order. */
export function toProposalInput(evidence: RequestEvidence): ProposeQuestionsInput {
  const alertDriver: ProposalDriver[] = evidence.alert
    ? [
        {
          indicator: evidence.alert.indicator,
          aidaStage: evidence.aidaStage,
          changePct: evidence.alert.changePct,
        },
      ]
    : [];
  return {
    aidaStage: evidence.aidaStage,
    drivers: [...alertDriver, ...evidence.drivers.flatMap((driver) => readDriver(driver) ?? [])],
    barrierShifts: evidence.reasonShifts.map((shift) => ({ ...shift })),
  };
}
