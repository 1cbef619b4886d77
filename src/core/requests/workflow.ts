/**
 * The support request's status workflow as data (DESIGN §2): who may move a request from which status to which.
 * `system` stands for the moves Tandem makes by itself: sending a question set starts `asking`; all answers in (or
 * the deadline passed) starts `diagnosing`. Marketing leads the work in between; the sales manager who asked may
 * close a request at any point (solved, or no longer needed). Admins may do what either may.
 */
import { REQUEST_STATUSES, type RequestStatus, type Role } from '../types.ts';

export type RequestMover = Role | 'system';

export interface RequestTransition {
  from: RequestStatus;
  to: RequestStatus;
  by: readonly RequestMover[];
}

const LEADS: readonly RequestMover[] = ['marketing', 'admin'];
const LEADS_AND_SYSTEM: readonly RequestMover[] = ['system', 'marketing', 'admin'];
const CLOSERS: readonly RequestMover[] = ['sales_manager', 'admin'];

const FORWARD: readonly RequestTransition[] = [
  { from: 'requested', to: 'asking', by: LEADS_AND_SYSTEM },
  // Marketing may diagnose from lost reasons alone, without asking sales first.
  { from: 'requested', to: 'diagnosing', by: LEADS },
  { from: 'asking', to: 'diagnosing', by: LEADS_AND_SYSTEM },
  // A second round of questions after a first diagnosis.
  { from: 'diagnosing', to: 'asking', by: LEADS_AND_SYSTEM },
  { from: 'diagnosing', to: 'briefing', by: LEADS },
  { from: 'briefing', to: 'diagnosing', by: LEADS },
  { from: 'briefing', to: 'in_market', by: LEADS },
  { from: 'in_market', to: 'evaluated', by: LEADS_AND_SYSTEM },
];

const CLOSING: readonly RequestTransition[] = REQUEST_STATUSES.filter((status) => status !== 'closed').map(
  (from) => ({ from, to: 'closed', by: CLOSERS }),
);

/** Every allowed move; a move not listed here is refused. A closed request stays closed. */
export const REQUEST_TRANSITIONS: readonly RequestTransition[] = [...FORWARD, ...CLOSING];

/** Whether `by` may move a request from `from` to `to`. */
export function canMoveRequest(move: { from: RequestStatus; to: RequestStatus; by: RequestMover }): boolean {
  return REQUEST_TRANSITIONS.some(
    (transition) =>
      transition.from === move.from && transition.to === move.to && transition.by.includes(move.by),
  );
}

/** The statuses `by` may move a request to from `from`, in workflow order (for the UI's buttons). */
export function listRequestMoves(move: { from: RequestStatus; by: RequestMover }): RequestStatus[] {
  return REQUEST_STATUSES.filter((to) => canMoveRequest({ from: move.from, to, by: move.by }));
}
