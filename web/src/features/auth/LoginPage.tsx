import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { LoginBody, LoginResponse } from '../../../../src/contract/auth.ts';
import { ApiError, api } from '../../api/client.ts';
import { setLanguage } from '../../i18n/index.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { PROFILE_KEY, safeNextPath } from './session.tsx';

function errorText(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError && error.status === 401) return t('failed');
  if (error instanceof ApiError && error.status === 429) return t('locked');
  return error instanceof Error ? error.message : String(error);
}

export function LoginPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const reason = params.get('reason');
  const login = useMutation({
    mutationFn: (body: LoginBody) => api.post<LoginResponse>('/api/auth/login', body),
    onSuccess: ({ profile }) => {
      queryClient.setQueryData(PROFILE_KEY, profile);
      setLanguage(profile.locale);
      const next = safeNextPath(params.get('next'));
      // The API reference is served by the server, not the SPA: a full page load.
      if (next.startsWith('/api/')) window.location.assign(next);
      else navigate(next, { replace: true });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email, password });
  };

  return (
    <AuthLayout foot={t('forgotten')}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        {login.isError ? (
          <div className="notice notice-danger" role="alert">
            {errorText(login.error, t)}
          </div>
        ) : reason === 'expired' || reason === 'logged-out' ? (
          <div className="notice" role="status">
            {t(reason === 'expired' ? 'expired' : 'loggedOut')}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="login-email">{t('email')}</label>
          <input
            id="login-email"
            className="input"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('password')}</label>
          <input
            id="login-password"
            className="input"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={login.isPending || !email || !password}>
          {login.isPending ? t('submitting') : t('submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
