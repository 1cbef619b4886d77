import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Send } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedInvite, CreateInviteBody } from '../../../../src/contract/users.ts';
import type { Role } from '../../../../src/core/types.ts';
import { ApiError, api } from '../../api/client.ts';
import { Card } from '../../ui/Card.tsx';
import { SecretBox } from '../../ui/SecretBox.tsx';
import { RoleSelect } from './RoleSelect.tsx';

export function InviteCard() {
  const { t } = useTranslation('users');
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('sales_rep');
  const invite = useMutation({
    mutationFn: (body: CreateInviteBody) => api.post<CreatedInvite>('/api/users/invites', body),
    onSuccess: () => {
      setEmail('');
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ email, role });
  };
  const emailError =
    invite.error instanceof ApiError
      ? invite.error.details.find((d) => d.field === 'body.email')?.message
      : null;
  return (
    <Card title={t('invite')} lead={t('inviteLead')}>
      <form className="form" onSubmit={submit} noValidate>
        {invite.isError && !emailError ? (
          <div className="notice notice-danger" role="alert">
            {invite.error.message}
          </div>
        ) : null}
        <div className="form-row">
          <div className="field">
            <label htmlFor="invite-email">{t('email')}</label>
            <input
              id="invite-email"
              className="input"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
            {emailError ? <span className="error">{emailError}</span> : null}
          </div>
          <div className="field">
            <label htmlFor="invite-role">{t('role')}</label>
            <RoleSelect id="invite-role" value={role} onChange={setRole} />
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={!email || invite.isPending}>
            <Send size={16} /> {t('send')}
          </button>
        </div>
        {invite.data ? (
          <div className="notice notice-success" role="status">
            <p style={{ fontWeight: 600, marginBottom: 6 }}>
              {t('linkTitle', { email: invite.data.invite.email })}
            </p>
            <p style={{ marginBottom: 8 }}>
              {invite.data.isEmailed ? t('linkEmailed') : t('linkNotEmailed')}
            </p>
            <SecretBox value={invite.data.link} label={t('linkLabel')} />
          </div>
        ) : null}
      </form>
    </Card>
  );
}
