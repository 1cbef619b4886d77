/**
 * Computes and stores a request's diagnosis (DESIGN §5): the submitted answers of all its question sets
 * (weighted by the reps' deals in the scope and the deals they link), the scope's coded lost reasons now, in the
 * baseline period and in the sibling scopes, and the funnel stage of the request's evidence. Runs whenever an
 * answer set is submitted and when marketing asks for it; the latest replaces the one before.
 */
import type { IsoDate } from '../core/calendar.ts';
import { createBarrierCoder } from '../core/coding/code-text.ts';
import { computeDiagnosis } from '../core/diagnosis/compute-diagnosis.ts';
import type { DiagnosisAnswer } from '../core/diagnosis/types.ts';
import { assembleDiagnosisInput } from '../core/requests/assemble-diagnosis-input.ts';
import type { Deal } from '../core/types.ts';
import type { DiagnosisRecord, Storage, SupportRequestRecord } from '../storage/port.ts';
import { labelKey, loadCoderModel } from './load-coder-model.ts';
import { requireFound } from './row-access.ts';

export interface DiagnoseRequestInput {
  storage: Storage;
  workspaceId: number;
  requestId: number;
  today: IsoDate;
  now?: Date;
}

async function collectAnswers(storage: Storage, request: SupportRequestRecord) {
  const sets = await storage.questionSets.listForRequest(request.workspaceId, request.id);
  const stored = await storage.questions.list(request.workspaceId, { includeArchived: true });
  const keys = new Map(stored.map((question) => [question.id, question.definition.key]));
  const repUserIds = [...new Set(sets.flatMap((set) => set.recipients.map((r) => r.userId)))];
  const records = [];
  for (const set of sets.filter((item) => item.status !== 'draft')) {
    const submitted = new Set(set.recipients.filter((r) => r.status === 'submitted').map((r) => r.userId));
    const answers = await storage.answers.listForSet(request.workspaceId, set.id);
    records.push(...answers.filter((answer) => submitted.has(answer.userId)));
  }
  const deals = new Map(
    (
      await storage.answers.listDeals(
        request.workspaceId,
        records.flatMap((r) => r.dealIds),
      )
    ).map((deal) => [deal.id, deal]),
  );
  const answers: DiagnosisAnswer[] = records.map((record) => ({
    repId: record.userId,
    questionKey: keys.get(record.questionId) ?? `unknown.${record.questionId}`,
    value: record.value,
    quote: record.quote,
    linkedDeals: record.dealIds.flatMap((id) => {
      const deal = deals.get(id);
      return deal ? [{ dealId: id, amountCents: deal.amountCents, outcome: deal.outcome }] : [];
    }),
  }));
  return { answers, repUserIds, questions: stored.map((question) => question.definition) };
}

export async function diagnoseRequest(input: DiagnoseRequestInput): Promise<DiagnosisRecord> {
  const { storage, workspaceId } = input;
  const request = requireFound(
    await storage.requests.find(workspaceId, input.requestId),
    `Request ${input.requestId}`,
  );
  const { model, labels } = await loadCoderModel(storage, workspaceId);
  const coder = createBarrierCoder({ model });
  // A confirmed label first, then the text coded, then the code the import brought.
  const codeDeal = (deal: Deal) => {
    const label = labels.get(labelKey({ source: 'lost_reason', sourceId: deal.id }));
    if (label) return label.barrier;
    const coded = deal.lostReason?.trim() ? coder.code(deal.lostReason).barrier : null;
    return coded && coded !== 'unknown' ? coded : (deal.lostBarrier ?? coded);
  };
  const collected = await collectAnswers(storage, request);
  const assembled = assembleDiagnosisInput({
    evidence: request.evidence,
    today: input.today,
    deals: await storage.deals.list(workspaceId),
    dimensions: await storage.dimensions.list(workspaceId),
    ...collected,
    codeDeal,
    coderModel: model,
    seed: request.id,
  });
  const diagnosis = computeDiagnosis(assembled.input);
  return storage.diagnoses.save(workspaceId, {
    requestId: request.id,
    verdict: diagnosis.verdict,
    aidaStage: diagnosis.aidaStage,
    confidence: diagnosis.confidence.value,
    result: {
      diagnosis,
      window: assembled.window,
      siblingScopes: assembled.siblingScopes,
      scopeDealCount: assembled.scopeDealCount,
    },
    computedAt: (input.now ?? new Date()).toISOString(),
  });
}
