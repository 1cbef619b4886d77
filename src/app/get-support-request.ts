/**
 * One request as its page shows it: the frozen evidence, the moves the caller may make, comments, the activity
 * timeline (its audit entries, oldest first), question sets with who has answered, and the people to pick from.
 */
import type { ActivityView, QuestionSetView, RequestDetail } from '../contract/requests.ts';
import { listRequestMoves } from '../core/requests/workflow.ts';
import type { Principal } from '../server/principal.ts';
import type { QuestionSetRecord, Storage } from '../storage/port.ts';
import { REQUEST_COMMENT_ENTITY, toCommentView } from './comment-on-request.ts';
import {
  findPerson,
  getRequestRecord,
  loadPeople,
  type People,
  summarizeRequest,
  toPersonView,
  toQuestionView,
} from './request-views.ts';

const ACTIVITY_LIMIT = 200;

async function describeSets(
  storage: Storage,
  workspaceId: number,
  sets: readonly QuestionSetRecord[],
  people: People,
): Promise<QuestionSetView[]> {
  const questions = new Map(
    (await storage.questions.list(workspaceId, { includeArchived: true })).map((q) => [q.id, q]),
  );
  const answers = await Promise.all(sets.map((set) => storage.answers.listForSet(workspaceId, set.id)));
  return sets.map((set, index) => ({
    id: set.id,
    title: set.title,
    status: set.status,
    deadlineOn: set.deadlineOn,
    sentAt: set.sentAt,
    questions: set.questionIds.flatMap((id) => {
      const question = questions.get(id);
      return question ? [toQuestionView(question)] : [];
    }),
    recipients: set.recipients.flatMap((recipient) => {
      const user = findPerson(people, recipient.userId);
      const answeredQuestions = (answers[index] ?? []).filter(
        (answer) => answer.userId === recipient.userId && answer.value !== null,
      ).length;
      return user
        ? [{ user, status: recipient.status, submittedAt: recipient.submittedAt, answeredQuestions }]
        : [];
    }),
  }));
}

export async function getSupportRequest(input: {
  storage: Storage;
  principal: Principal;
  id: number;
}): Promise<RequestDetail> {
  const { storage, principal } = input;
  const workspaceId = principal.workspaceId;
  const request = await getRequestRecord(storage, workspaceId, input.id);
  const people = await loadPeople(storage, workspaceId);
  const sets = await storage.questionSets.listForRequest(workspaceId, request.id);
  const comments = await storage.comments.list(workspaceId, REQUEST_COMMENT_ENTITY, request.id);
  const entries = await storage.audit.list(workspaceId, {
    entity: 'support_request',
    entityId: String(request.id),
    limit: ACTIVITY_LIMIT,
  });
  const activity: ActivityView[] = entries
    .map((entry) => ({
      id: entry.id,
      at: entry.at,
      actor: findPerson(people, entry.userId)?.name ?? null,
      action: entry.action,
      summary: entry.summary,
    }))
    .sort((a, b) => a.id - b.id);
  return {
    request: summarizeRequest({ request, people, sets }),
    evidence: request.evidence,
    moves: listRequestMoves({ from: request.status, by: principal.role }),
    comments: comments.map((comment) => toCommentView(comment, people)),
    activity,
    questionSets: await describeSets(storage, workspaceId, sets, people),
    people: [...people.values()].filter((user) => user.isActive).map(toPersonView),
  };
}
