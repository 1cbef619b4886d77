/** The Requests page (DESIGN §8): what marketing is working on for sales, where each is, and the answers' progress. */
import type { RequestList } from '../contract/requests.ts';
import type { RequestStatus } from '../core/types.ts';
import type { QuestionSetRecord, Storage } from '../storage/port.ts';
import { loadPeople, summarizeRequest } from './request-views.ts';

export async function listSupportRequests(input: {
  storage: Storage;
  workspaceId: number;
  status?: RequestStatus;
  /** Only requests the caller asked for or owns. */
  userId?: number | null;
}): Promise<RequestList> {
  const { storage, workspaceId } = input;
  const requests = await storage.requests.list(workspaceId, input.status ? { statuses: [input.status] } : {});
  const userId = input.userId;
  // An API token has no person behind it: "mine" is then nothing, never the requests without a requester.
  const mine =
    userId === undefined
      ? requests
      : requests.filter(
          (r) => userId !== null && (r.requestedBy === userId || r.marketingOwnerId === userId),
        );
  const people = await loadPeople(storage, workspaceId);
  // Two queries for all requests' sets rather than one per request.
  const sets: QuestionSetRecord[] = [
    ...(await storage.questionSets.listByStatus(workspaceId, 'sent')),
    ...(await storage.questionSets.listByStatus(workspaceId, 'closed')),
  ];
  return {
    items: mine.map((request) =>
      summarizeRequest({ request, people, sets: sets.filter((set) => set.requestId === request.id) }),
    ),
  };
}
