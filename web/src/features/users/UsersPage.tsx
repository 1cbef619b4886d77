import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../src/contract/accounts.ts';
import type { InviteList, UserList } from '../../../../src/contract/users.ts';
import type { Role } from '../../../../src/core/types.ts';
import { api } from '../../api/client.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/States.tsx';
import { useProfile } from '../auth/session.tsx';
import { InviteCard } from './InviteCard.tsx';
import { RoleSelect } from './RoleSelect.tsx';

function useUserAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, change }: { user: UserView; change: Role | 'deactivate' | 'reactivate' }) =>
      change === 'deactivate' || change === 'reactivate'
        ? api.post<UserView>(`/api/users/${user.id}/${change}`)
        : api.put<UserView>(`/api/users/${user.id}/role`, { role: change }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

function UserRow({ user, action }: { user: UserView; action: ReturnType<typeof useUserAction> }) {
  const { t } = useTranslation('users');
  const me = useProfile();
  const isMe = me.userId === user.id;
  return (
    <tr>
      <td>
        <strong>{user.name}</strong> {isMe ? <span className="faint">({t('you')})</span> : null}
        <div className="faint">{user.email}</div>
      </td>
      <td style={{ minWidth: 170 }}>
        <RoleSelect
          value={user.role}
          label={t('roleFor', { name: user.name })}
          disabled={action.isPending}
          onChange={(role) => action.mutate({ user, change: role })}
        />
      </td>
      <td>
        <span className={`badge ${user.isActive ? 'badge-ok' : 'badge-muted'}`}>
          {user.isActive ? t('active') : t('inactive')}
        </span>
      </td>
      <td className="num">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('never')}</td>
      <td className="right">
        {isMe ? null : (
          <button
            type="button"
            className={`btn btn-small ${user.isActive ? 'btn-danger' : ''}`}
            disabled={action.isPending}
            onClick={() => action.mutate({ user, change: user.isActive ? 'deactivate' : 'reactivate' })}
          >
            {user.isActive ? t('deactivate') : t('reactivate')}
          </button>
        )}
      </td>
    </tr>
  );
}

function UsersCard() {
  const { t } = useTranslation('users');
  const action = useUserAction();
  const query = useQuery({ queryKey: ['users', 'list'], queryFn: () => api.get<UserList>('/api/users') });
  return (
    <Card title={t('users')}>
      {action.isError ? (
        <div className="notice notice-danger" role="alert" style={{ marginBottom: 12 }}>
          {action.error.message}
        </div>
      ) : null}
      <QueryState query={query}>
        {({ users }) => (
          <div className="table-wrap">
            <table className="table table-stack">
              <thead>
                <tr>
                  <th>{t('name')}</th>
                  <th>{t('role')}</th>
                  <th>{t('status')}</th>
                  <th>{t('lastLogin')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <UserRow key={user.id} user={user} action={action} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </Card>
  );
}

function PendingInvitesCard() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['users', 'invites'],
    queryFn: () => api.get<InviteList>('/api/users/invites'),
  });
  const withdraw = useMutation({
    mutationFn: (id: number) => api.delete<void>(`/api/users/invites/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users', 'invites'] }),
  });
  return (
    <Card title={t('pending')}>
      <QueryState query={query} height={80}>
        {({ invites }) =>
          invites.length === 0 ? (
            <p className="muted">{t('pendingEmpty')}</p>
          ) : (
            <ul className="form" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {invites.map((invite) => (
                <li key={invite.id} className="form-actions" style={{ justifyContent: 'space-between' }}>
                  <div>
                    <strong>{invite.email}</strong> · {tc(`role.${invite.role}`)}
                    <div className="faint">
                      {t('expires')} {formatDateTime(invite.expiresAt)}
                      {invite.invitedBy ? ` · ${t('invitedBy', { name: invite.invitedBy })}` : ''}
                    </div>
                  </div>
                  <button type="button" className="btn btn-small" onClick={() => withdraw.mutate(invite.id)}>
                    {t('withdraw')}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Card>
  );
}

export function UsersPage() {
  const { t } = useTranslation('users');
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <UsersCard />
      <div className="grid grid-2">
        <InviteCard />
        <PendingInvitesCard />
      </div>
    </>
  );
}
