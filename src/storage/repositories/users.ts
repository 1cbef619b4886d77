import type { Kysely, Selectable } from 'kysely';
import type { Locale, Role } from '../../core/types.ts';
import type { User, UserChanges, UserRepository, UserWithPassword } from '../port.ts';
import type { Database } from '../schema/index.ts';
import { nowIso } from './batch.ts';

type UserRow = Selectable<Database['users']>;

export function toUser(row: Omit<UserRow, 'password_hash'>): User {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    locale: row.locale as Locale,
    isActive: row.is_active === 1,
    lastLoginAt: row.last_login_at,
    passwordChangedAt: row.password_changed_at,
    createdAt: row.created_at,
  };
}

function toRowChanges(changes: UserChanges) {
  return {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.role !== undefined ? { role: changes.role } : {}),
    ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
    ...(changes.isActive !== undefined ? { is_active: changes.isActive ? 1 : 0 } : {}),
    ...(changes.lastLoginAt !== undefined ? { last_login_at: changes.lastLoginAt } : {}),
  };
}

export function createUserRepository(db: Kysely<Database>) {
  return {
    async create(user) {
      const row = await db
        .insertInto('users')
        .values({
          workspace_id: user.workspaceId,
          email: user.email.trim().toLowerCase(),
          name: user.name,
          role: user.role,
          locale: user.locale ?? 'de',
          password_hash: user.passwordHash,
          password_changed_at: user.passwordHash ? nowIso() : null,
          created_at: nowIso(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toUser(row);
    },
    async find(workspaceId, id) {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toUser(row) : null;
    },
    async findById(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : null;
    },
    async findByEmail(email): Promise<UserWithPassword | null> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email.trim().toLowerCase())
        .executeTakeFirst();
      return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
    },
    async list(workspaceId) {
      const rows = await db
        .selectFrom('users')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('name')
        .orderBy('id')
        .execute();
      return rows.map(toUser);
    },
    async update(workspaceId, id, changes) {
      const values = toRowChanges(changes);
      if (Object.keys(values).length === 0) return this.find(workspaceId, id);
      const row = await db
        .updateTable('users')
        .set(values)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row ? toUser(row) : null;
    },
    async setPasswordHash(id, passwordHash, changedAt) {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, password_changed_at: changedAt })
        .where('id', '=', id)
        .execute();
    },
    async countActiveAdmins(workspaceId) {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('workspace_id', '=', workspaceId)
        .where('role', '=', 'admin')
        .where('is_active', '=', 1)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  } satisfies UserRepository;
}
