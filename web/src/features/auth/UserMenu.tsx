import { LogOut, UserRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useLogout, useProfile } from './session.tsx';

/** Who is logged in, with the way to the profile and out; sits in the sidebar footer. */
export function UserMenu() {
  const { t } = useTranslation();
  const profile = useProfile();
  const logout = useLogout();
  return (
    <div className="user-card">
      <strong title={profile.email ?? undefined}>{profile.name}</strong>
      <span>{t(`role.${profile.role}`)}</span>
      <div className="user-card-actions">
        <NavLink to="/profile">
          <UserRound size={14} /> {t('nav.profile')}
        </NavLink>
        <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
          <LogOut size={14} /> {t('nav.logout')}
        </button>
      </div>
    </div>
  );
}
