import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LogOut } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Profile } from '../../../../src/contract/accounts.ts';
import type { UpdateProfileBody } from '../../../../src/contract/profile.ts';
import { api } from '../../api/client.ts';
import { LANGUAGES, type Language, setLanguage } from '../../i18n/index.ts';
import { Card } from '../../ui/Card.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PROFILE_KEY, useProfile } from '../auth/session.tsx';
import { PasswordCard } from './PasswordCard.tsx';

function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => api.patch<Profile>('/api/profile', body),
    onSuccess: (profile) => {
      queryClient.setQueryData(PROFILE_KEY, profile);
      setLanguage(profile.locale);
    },
  });
}

function AccountCard({ profile }: { profile: Profile }) {
  const { t } = useTranslation('profile');
  const { t: tc } = useTranslation();
  const [name, setName] = useState(profile.name);
  const update = useUpdateProfile();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ name });
  };
  return (
    <Card title={t('account')}>
      <form className="form" onSubmit={submit}>
        {update.isSuccess ? <div className="notice notice-success">{t('saved')}</div> : null}
        <div className="field">
          <label htmlFor="profile-name">{t('name')}</label>
          <input id="profile-name" className="input" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="form-row">
          <div className="field">
            <span className="hint">{t('email')}</span>
            <span>{profile.email}</span>
          </div>
          <div className="field">
            <span className="hint">{t('role')}</span>
            <span className="chip" style={{ alignSelf: 'flex-start' }}>
              {tc(`role.${profile.role}`)}
            </span>
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={!name.trim() || update.isPending}>
            {t('save')}
          </button>
        </div>
      </form>
    </Card>
  );
}

function LanguageCard({ profile }: { profile: Profile }) {
  const { t } = useTranslation('profile');
  const update = useUpdateProfile();
  return (
    <Card title={t('language')} lead={t('languageLead')}>
      <select
        className="input"
        aria-label={t('language')}
        value={profile.locale}
        disabled={update.isPending}
        onChange={(e) => update.mutate({ locale: e.target.value as Language })}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </Card>
  );
}

function SessionsCard({ profile }: { profile: Profile }) {
  const { t } = useTranslation('profile');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logoutEverywhere = useMutation({
    mutationFn: () => api.post<{ endedSessions: number }>('/api/profile/logout-everywhere'),
    onSuccess: () => {
      queryClient.clear();
      navigate('/login?reason=logged-out', { replace: true });
    },
  });
  return (
    <Card title={t('sessions')} lead={t('sessionsLead', { count: profile.sessionCount })}>
      <div className="form">
        <p className="muted">{t('logoutEverywhereHint')}</p>
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => logoutEverywhere.mutate()}
            disabled={logoutEverywhere.isPending}
          >
            <LogOut size={16} /> {t('logoutEverywhere')}
          </button>
        </div>
      </div>
    </Card>
  );
}

export function ProfilePage() {
  const { t } = useTranslation('profile');
  const profile = useProfile();
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="grid grid-2">
        <div className="grid">
          <AccountCard profile={profile} />
          <LanguageCard profile={profile} />
          <SessionsCard profile={profile} />
        </div>
        <PasswordCard email={profile.email ?? ''} />
      </div>
    </>
  );
}
