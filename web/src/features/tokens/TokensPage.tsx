import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KeyRound, Plus } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ApiTokenList,
  ApiTokenView,
  CreateApiTokenBody,
  CreatedApiToken,
} from '../../../../src/contract/tokens.ts';
import type { Role } from '../../../../src/core/types.ts';
import { api } from '../../api/client.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SecretBox } from '../../ui/SecretBox.tsx';
import { EmptyState, QueryState } from '../../ui/States.tsx';
import { RoleSelect } from '../users/RoleSelect.tsx';

function CreateTokenCard() {
  const { t } = useTranslation('tokens');
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const create = useMutation({
    mutationFn: (body: CreateApiTokenBody) => api.post<CreatedApiToken>('/api/tokens', body),
    onSuccess: () => {
      setName('');
      void queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, role });
  };
  return (
    <Card title={t('create')} lead={t('createLead')}>
      <form className="form" onSubmit={submit}>
        {create.isError ? <div className="notice notice-danger">{create.error.message}</div> : null}
        <div className="form-row">
          <div className="field">
            <label htmlFor="token-name">{t('name')}</label>
            <input
              id="token-name"
              className="input"
              placeholder={t('namePlaceholder')}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="token-role">{t('role')}</label>
            <RoleSelect id="token-role" value={role} onChange={setRole} />
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={!name.trim() || create.isPending}>
            <Plus size={16} /> {t('submit')}
          </button>
        </div>
        {create.data ? (
          <div className="notice notice-warning" role="status">
            <p style={{ fontWeight: 600, marginBottom: 6 }}>
              {t('secretTitle', { name: create.data.token.name })}
            </p>
            <p style={{ marginBottom: 8 }}>{t('secretText')}</p>
            <SecretBox value={create.data.secret} label={t('secretLabel')} />
          </div>
        ) : null}
      </form>
    </Card>
  );
}

function TokenRow({ token, onRevoke }: { token: ApiTokenView; onRevoke: () => void }) {
  const { t } = useTranslation('tokens');
  const { t: tc } = useTranslation();
  return (
    <tr>
      <td>
        <strong>{token.name}</strong>
      </td>
      <td>{tc(`role.${token.role}`)}</td>
      <td>
        <span className="num">{formatDateTime(token.createdAt)}</span>
        {token.createdBy ? <div className="faint">{t('by', { name: token.createdBy })}</div> : null}
      </td>
      <td className="num">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('never')}</td>
      <td>
        <span className={`badge ${token.revokedAt ? 'badge-muted' : 'badge-ok'}`}>
          {token.revokedAt ? t('revoked') : t('active')}
        </span>
      </td>
      <td className="right">
        {token.revokedAt ? null : (
          <button type="button" className="btn btn-small btn-danger" onClick={onRevoke}>
            {t('revoke')}
          </button>
        )}
      </td>
    </tr>
  );
}

export function TokensPage() {
  const { t } = useTranslation('tokens');
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['tokens'], queryFn: () => api.get<ApiTokenList>('/api/tokens') });
  const revoke = useMutation({
    mutationFn: (id: number) => api.post<ApiTokenView>(`/api/tokens/${id}/revoke`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <CreateTokenCard />
      <Card title={t('tokens')}>
        <QueryState query={query}>
          {({ tokens }) =>
            tokens.length === 0 ? (
              <EmptyState icon={<KeyRound size={22} />} title={t('emptyTitle')}>
                {t('empty')}
              </EmptyState>
            ) : (
              <div className="table-wrap">
                <table className="table table-stack">
                  <thead>
                    <tr>
                      <th>{t('name')}</th>
                      <th>{t('role')}</th>
                      <th>{t('created')}</th>
                      <th>{t('lastUsed')}</th>
                      <th>{t('status')}</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {tokens.map((token) => (
                      <TokenRow key={token.id} token={token} onRevoke={() => revoke.mutate(token.id)} />
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}
