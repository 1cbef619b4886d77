/**
 * How support requests, questions and people look through the API (src/contract/requests.ts): shared by the
 * request use cases so the list, the detail page and the builder name people and questions the same way.
 */

import type { QuestionView } from '../contract/questions.ts';
import type { PersonView, RequestSummary } from '../contract/requests.ts';
import { labelScope } from '../core/requests/evidence.ts';
import type {
  QuestionSetRecord,
  Storage,
  StoredQuestion,
  SupportRequestRecord,
  User,
} from '../storage/port.ts';
import { requireFound } from './row-access.ts';

export type People = ReadonlyMap<number, User>;

/** Everyone of the workspace by id (inactive people too: old comments keep their author's name). */
export async function loadPeople(storage: Storage, workspaceId: number): Promise<People> {
  return new Map((await storage.users.list(workspaceId)).map((user) => [user.id, user]));
}

export function toPersonView(user: User): PersonView {
  return { id: user.id, name: user.name, role: user.role };
}

export function findPerson(people: People, id: number | null): PersonView | null {
  const user = id === null ? undefined : people.get(id);
  return user ? toPersonView(user) : null;
}

export function toQuestionView(stored: StoredQuestion): QuestionView {
  const definition = stored.definition;
  return {
    id: stored.id,
    key: definition.key,
    barrier: definition.barrier,
    aidaStage: definition.aidaStage,
    answerType: definition.answerType,
    text: { ...definition.text },
    options:
      'options' in definition
        ? definition.options.map((option) => ({ ...option, label: { ...option.label } }))
        : [],
    isCustom: stored.catalogueKey === null,
    isArchived: stored.isArchived,
    updatedAt: stored.updatedAt,
  };
}

/** Reps asked and reps who submitted, over the request's sent sets (a rep asked twice counts twice). */
export function countProgress(sets: readonly QuestionSetRecord[]): RequestSummary['progress'] {
  const sent = sets.filter((set) => set.status !== 'draft');
  const recipients = sent.flatMap((set) => set.recipients);
  return {
    asked: recipients.length,
    answered: recipients.filter((recipient) => recipient.status === 'submitted').length,
  };
}

export function summarizeRequest(input: {
  request: SupportRequestRecord;
  people: People;
  sets: readonly QuestionSetRecord[];
}): RequestSummary {
  const { request, people } = input;
  return {
    id: request.id,
    title: request.title,
    status: request.status,
    scopeLabel: labelScope(request.evidence.scopeNames),
    aidaStage: request.evidence.aidaStage,
    requestedBy: findPerson(people, request.requestedBy),
    marketingOwner: findPerson(people, request.marketingOwnerId),
    dueOn: request.dueOn,
    alertIds: request.alertIds,
    progress: countProgress(input.sets),
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
  };
}

/** The request, or NOT_FOUND ("Request 42 not found") for a missing id or another workspace's. */
export async function getRequestRecord(
  storage: Storage,
  workspaceId: number,
  id: number,
): Promise<SupportRequestRecord> {
  return requireFound(await storage.requests.find(workspaceId, id), `Request ${id}`);
}

/** Marketing owners: active people who lead marketing's work (marketing, or an admin standing in). */
export function isOwnerCandidate(user: User): boolean {
  return user.isActive && (user.role === 'marketing' || user.role === 'admin');
}
