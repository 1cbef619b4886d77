import type { AuditFilter, AuditRecord, Storage } from '../storage/port.ts';

export interface AuditEntryView extends AuditRecord {
  /** Who acted, as people read it: the user's name and e-mail, the token's name, or null (console). */
  actor: { userName: string | null; userEmail: string | null; tokenName: string | null };
}

/** One page of the workspace's audit log, newest first, with actors' names; `nextBeforeId` pages on. */
export async function listAuditEntries({
  storage,
  workspaceId,
  filter,
}: {
  storage: Storage;
  workspaceId: number;
  filter: AuditFilter & { limit: number };
}): Promise<{ entries: AuditEntryView[]; nextBeforeId: number | null }> {
  // One row more than asked tells whether there is a next page without a count query.
  const records = await storage.audit.list(workspaceId, { ...filter, limit: filter.limit + 1 });
  const [users, tokens] = await Promise.all([
    storage.users.list(workspaceId),
    storage.apiTokens.list(workspaceId),
  ]);
  const userById = new Map(users.map((user) => [user.id, user]));
  const tokenById = new Map(tokens.map((token) => [token.id, token]));
  const page = records.slice(0, filter.limit);
  const entries = page.map((record) => {
    const user = record.userId === null ? undefined : userById.get(record.userId);
    const token = record.tokenId ? tokenById.get(record.tokenId) : undefined;
    return {
      ...record,
      actor: { userName: user?.name ?? null, userEmail: user?.email ?? null, tokenName: token?.name ?? null },
    };
  });
  const hasMore = records.length > filter.limit;
  return { entries, nextBeforeId: hasMore ? (page.at(-1)?.id ?? null) : null };
}
