/** The rep's own lost or stalled deals in the request's scope, to link to an answer (search by name). */

import type { DealSearch } from '../contract/answers.ts';
import { listRepDeals } from '../core/answers/rep-deals.ts';
import type { IsoDate } from '../core/calendar.ts';
import type { Storage } from '../storage/port.ts';
import { toDealSummary } from './get-answer-form.ts';
import { loadMyQuestionSet } from './load-my-question-set.ts';

export async function searchMyDeals(input: {
  storage: Storage;
  workspaceId: number;
  userId: number;
  questionSetId: number;
  query: string;
  limit: number;
  today: IsoDate;
}): Promise<DealSearch> {
  const { storage, workspaceId } = input;
  const { request } = await loadMyQuestionSet(input);
  const deals = listRepDeals({
    deals: await storage.deals.list(workspaceId),
    dimensions: await storage.dimensions.list(workspaceId),
    scope: request.evidence.scope,
    userId: input.userId,
    today: input.today,
    query: input.query,
    limit: input.limit,
  });
  return { items: deals.map((deal) => toDealSummary(deal, input.today)) };
}
