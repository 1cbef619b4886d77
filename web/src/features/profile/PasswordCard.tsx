import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangePasswordBody } from '../../../../src/contract/profile.ts';
import { ApiError, api } from '../../api/client.ts';
import { Card } from '../../ui/Card.tsx';
import { isPasswordAcceptable, PasswordRules } from '../auth/PasswordRules.tsx';

export function PasswordCard({ email }: { email: string }) {
  const { t } = useTranslation('profile');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const change = useMutation({
    mutationFn: (body: ChangePasswordBody) => api.post<void>('/api/profile/password', body),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setConfirm('');
    },
  });
  const canSubmit = current !== '' && isPasswordAcceptable(next, email) && next === confirm;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ currentPassword: current, newPassword: next });
  };
  const fieldError = (field: string) =>
    change.error instanceof ApiError
      ? change.error.details.find((d) => d.field === field)?.message
      : undefined;
  return (
    <Card title={t('password')} lead={t('passwordLead')}>
      <form className="form" onSubmit={submit} noValidate>
        {change.isSuccess ? <div className="notice notice-success">{t('passwordChanged')}</div> : null}
        {change.isError && !fieldError('body.currentPassword') ? (
          <div className="notice notice-danger" role="alert">
            {change.error.message}
          </div>
        ) : null}
        <input type="email" autoComplete="username" value={email} readOnly hidden />
        <div className="field">
          <label htmlFor="pw-current">{t('currentPassword')}</label>
          <input
            id="pw-current"
            className="input"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
          {fieldError('body.currentPassword') ? (
            <span className="error">{fieldError('body.currentPassword')}</span>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="pw-new">{t('newPassword')}</label>
          <input
            id="pw-new"
            className="input"
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        </div>
        <PasswordRules password={next} email={email} />
        <div className="field">
          <label htmlFor="pw-confirm">{t('confirmPassword')}</label>
          <input
            id="pw-confirm"
            className="input"
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
          {confirm !== '' && confirm !== next ? <span className="error">{t('mismatch')}</span> : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={!canSubmit || change.isPending}>
            {t('changePassword')}
          </button>
        </div>
      </form>
    </Card>
  );
}
