/**
 * Row-level access for use cases. Repositories take the workspace id and return null for another workspace's
 * rows, so "not yours" and "not there" are the same 404 and an id never reveals that a row exists elsewhere.
 */
import { AppError } from '../core/errors.ts';

/** Returns the row, or throws NOT_FOUND naming `what` ("User 42") when it is missing or not in the workspace. */
export function requireFound<T>(row: T | null | undefined, what: string): T {
  if (row === null || row === undefined) throw new AppError('NOT_FOUND', `${what} not found`);
  return row;
}

/** For rows loaded without a workspace filter: the same 404 when the row belongs to another workspace. */
export function requireInWorkspace<T extends { workspaceId: number }>({
  row,
  workspaceId,
  what,
}: {
  row: T | null | undefined;
  workspaceId: number;
  what: string;
}): T {
  return requireFound(row && row.workspaceId === workspaceId ? row : null, what);
}
