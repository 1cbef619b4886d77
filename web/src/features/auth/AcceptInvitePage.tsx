import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { AcceptInviteBody, InviteCheck, LoginResponse } from '../../../../src/contract/auth.ts';
import { api } from '../../api/client.ts';
import type { Language } from '../../i18n/index.ts';
import { EmptyState, ErrorState, LoadingState } from '../../ui/States.tsx';
import { AuthLayout } from './AuthLayout.tsx';
import { isPasswordAcceptable, PasswordRules } from './PasswordRules.tsx';
import { PROFILE_KEY } from './session.tsx';

function InviteForm({ secret, invite }: { secret: string; invite: InviteCheck }) {
  const { t, i18n } = useTranslation('auth');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const accept = useMutation({
    mutationFn: (body: AcceptInviteBody) => api.post<LoginResponse>('/api/auth/invite/accept', body),
    onSuccess: ({ profile }) => {
      queryClient.setQueryData(PROFILE_KEY, profile);
      navigate('/', { replace: true });
    },
  });
  const isMismatch = confirm !== '' && confirm !== password;
  const canSubmit =
    name.trim() !== '' && isPasswordAcceptable(password, invite.email) && password === confirm;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate({ secret, name, password, locale: i18n.language as Language });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      {accept.isError ? <ErrorState error={accept.error} /> : null}
      <div className="field">
        <label htmlFor="invite-email">{t('email')}</label>
        <input id="invite-email" className="input" value={invite.email} readOnly autoComplete="username" />
      </div>
      <div className="field">
        <label htmlFor="invite-name">{t('invite.name')}</label>
        <input
          id="invite-name"
          className="input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
        />
      </div>
      <div className="field">
        <label htmlFor="invite-password">{t('password')}</label>
        <input
          id="invite-password"
          className="input"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <PasswordRules password={password} email={invite.email} />
      <div className="field">
        <label htmlFor="invite-confirm">{t('invite.confirm')}</label>
        <input
          id="invite-confirm"
          className="input"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
        {isMismatch ? <span className="error">{t('invite.mismatch')}</span> : null}
      </div>
      <button type="submit" className="btn btn-primary" disabled={!canSubmit || accept.isPending}>
        {t('invite.submit')}
      </button>
    </form>
  );
}

/** `/invite#<secret>`: the secret is in the fragment, which the browser never sends to the server. */
export function AcceptInvitePage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const secret = useLocation().hash.replace(/^#/, '');
  const check = useQuery({
    queryKey: ['invite', secret],
    queryFn: () => api.post<InviteCheck>('/api/auth/invite/check', { secret }),
    enabled: secret.length >= 20,
    retry: false,
  });
  const isInvalid = secret.length < 20 || check.isError;
  return (
    <AuthLayout>
      <h1>{t('invite.title')}</h1>
      {isInvalid ? (
        <EmptyState title={t('invite.invalidTitle')}>{t('invite.invalidText')}</EmptyState>
      ) : check.isPending ? (
        <LoadingState height={160} />
      ) : (
        <>
          <p className="lead">
            {t('invite.lead', { role: tc(`role.${check.data.role}`), workspace: check.data.workspace })}
          </p>
          <InviteForm secret={secret} invite={check.data} />
        </>
      )}
    </AuthLayout>
  );
}
