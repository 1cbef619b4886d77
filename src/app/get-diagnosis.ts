/**
 * The diagnosis page of a request: the stored diagnosis (null before the first computation, or when it was
 * stored by a version whose shape this one no longer reads: recomputing fixes that), the verdict in plain
 * words, who was asked and who answered, the deals and reps the evidence names, and what worked before.
 */

import { type DiagnosisPage, diagnosisSchema } from '../contract/diagnoses.ts';
import type { IsoDate } from '../core/calendar.ts';
import { describeVerdictReason } from '../core/diagnosis/verdict-texts.ts';
import { listWhatWorkedBefore } from '../core/diagnosis/what-worked-before.ts';
import { labelScope } from '../core/requests/evidence.ts';
import type { DiagnosisRecord, Storage } from '../storage/port.ts';
import { toDealSummary } from './get-answer-form.ts';
import { requireFound } from './row-access.ts';

/** Evidence deals shown per barrier: enough to make the point, few enough to print. */
export const DEALS_PER_BARRIER = 8;

type Result = NonNullable<DiagnosisPage['result']>;

function readWindow(value: unknown): Result['window'] | null {
  const window = value as Partial<Result['window']> | undefined;
  return window?.current && window.baseline ? (window as Result['window']) : null;
}

async function describeResult(input: {
  storage: Storage;
  workspaceId: number;
  record: DiagnosisRecord;
  names: Map<number, string>;
  today: IsoDate;
}): Promise<Result | null> {
  const { storage, workspaceId, record } = input;
  const parsed = diagnosisSchema.safeParse(record.result.diagnosis);
  const window = readWindow(record.result.window);
  if (!parsed.success || !window) return null;
  const diagnosis = parsed.data;
  const dealIds = diagnosis.barriers.flatMap((finding) => [
    ...finding.evidence.linkedDealIds,
    ...finding.evidence.lostDealIds.slice(0, DEALS_PER_BARRIER),
  ]);
  const deals = await storage.answers.listDeals(workspaceId, dealIds);
  const repIds = new Set(diagnosis.barriers.flatMap((f) => f.evidence.quotes.map((quote) => quote.repId)));
  const top = diagnosis.barriers[0];
  const learnings = listWhatWorkedBefore({
    learnings: await storage.learnings.list(workspaceId),
    barrier: top && top.share !== null ? top.barrier : null,
    stage: diagnosis.aidaStage,
  });
  const siblings = record.result.siblingScopes;
  return {
    computedAt: record.computedAt,
    diagnosis,
    reasonText: describeVerdictReason(diagnosis.reason),
    alsoRouteTexts: diagnosis.alsoRoute.map(describeVerdictReason),
    window,
    siblingScopes: Array.isArray(siblings) ? siblings.filter((s): s is string => typeof s === 'string') : [],
    reps: [...repIds].map((id) => ({ id, name: input.names.get(id) ?? `#${id}` })),
    deals: deals.map((deal) => toDealSummary(deal, input.today)),
    learnings: learnings.map(({ learning, match }) => ({
      match,
      barrier: learning.barrier,
      aidaStage: learning.aidaStage,
      channels: [...learning.channels],
      effectPct: learning.effectPct,
      verdict: learning.verdict,
      summary: learning.summary,
    })),
  };
}

export async function getDiagnosis(input: {
  storage: Storage;
  workspaceId: number;
  requestId: number;
  today: IsoDate;
}): Promise<DiagnosisPage> {
  const { storage, workspaceId } = input;
  const request = requireFound(
    await storage.requests.find(workspaceId, input.requestId),
    `Request ${input.requestId}`,
  );
  const names = new Map((await storage.users.list(workspaceId)).map((user) => [user.id, user.name]));
  const sets = await storage.questionSets.listForRequest(workspaceId, request.id);
  const record = await storage.diagnoses.find(workspaceId, request.id);
  return {
    request: {
      id: request.id,
      title: request.title,
      scopeLabel: labelScope(request.evidence.scopeNames),
      status: request.status,
    },
    progress: sets
      .filter((set) => set.status !== 'draft')
      .map((set) => ({
        questionSetId: set.id,
        title: set.title,
        deadlineOn: set.deadlineOn,
        recipients: set.recipients.map((recipient) => ({
          userId: recipient.userId,
          name: names.get(recipient.userId) ?? `#${recipient.userId}`,
          status: recipient.status,
        })),
      })),
    result: record ? await describeResult({ storage, workspaceId, record, names, today: input.today }) : null,
  };
}
