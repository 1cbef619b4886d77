/**
 * The question set builder's starting point for a request (DESIGN §3, issue step 3): at most 8 questions from the
 * request's evidence, each with the reason it was proposed; the reps who work the scope (from deal ownership),
 * suggested first, the other active reps after them; a deadline a week out.
 */
import type { QuestionSetProposal } from '../contract/requests.ts';
import { addDays, type IsoDate } from '../core/calendar.ts';
import { proposeQuestions } from '../core/questions/propose-questions.ts';
import { toProposalInput } from '../core/requests/proposal-input.ts';
import { suggestReps } from '../core/requests/suggest-reps.ts';
import type { Principal } from '../server/principal.ts';
import type { Storage } from '../storage/port.ts';
import { loadQuestions } from './list-questions.ts';
import { getRequestRecord, loadPeople, toPersonView, toQuestionView } from './request-views.ts';

/** A week: long enough for reps on the road, short enough that the answers still describe this gap. */
export const DEFAULT_ANSWER_DAYS = 7;

export async function proposeQuestionSet(input: {
  storage: Storage;
  principal: Principal;
  requestId: number;
  today: IsoDate;
}): Promise<QuestionSetProposal> {
  const { storage, principal, today } = input;
  const workspaceId = principal.workspaceId;
  const request = await getRequestRecord(storage, workspaceId, input.requestId);
  const stored = await loadQuestions(storage, workspaceId);
  const byKey = new Map(stored.map((question) => [question.definition.key, question]));
  const proposed = proposeQuestions({
    ...toProposalInput(request.evidence),
    questions: stored.map((question) => question.definition),
  });
  const reps = [...(await loadPeople(storage, workspaceId)).values()].filter(
    (user) => user.isActive && user.role === 'sales_rep',
  );
  const suggestions = suggestReps({
    deals: await storage.deals.list(workspaceId),
    dimensions: await storage.dimensions.list(workspaceId),
    scope: request.scope,
    reps: reps.map((user) => ({ userId: user.id, name: user.name })),
    today,
  });
  const others = reps
    .filter((user) => !suggestions.some((s) => s.userId === user.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return {
    title: request.title,
    deadlineOn: addDays(today, DEFAULT_ANSWER_DAYS),
    questions: proposed.flatMap((item) => {
      const question = byKey.get(item.key);
      return question ? [{ question: toQuestionView(question), because: item.because }] : [];
    }),
    reps: [
      ...suggestions.map((s) => {
        const user = reps.find((rep) => rep.id === s.userId)!;
        return {
          user: toPersonView(user),
          dealCount: s.dealCount,
          lostCount: s.lostCount,
          isSuggested: true,
        };
      }),
      ...others.map((user) => ({ user: toPersonView(user), dealCount: 0, lostCount: 0, isSuggested: false })),
    ],
  };
}
