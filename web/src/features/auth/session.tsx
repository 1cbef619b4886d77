/**
 * The logged-in caller for the whole app: loaded once from /api/profile, redirected to the login page when
 * missing or expired (on load and whenever any API call answers 401), cleared on logout.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { Profile } from '../../../../src/contract/accounts.ts';
import { type Action, isAllowedFor, type Resource } from '../../../../src/core/permissions.ts';
import { ApiError, api, setUnauthenticatedHandler } from '../../api/client.ts';
import { ErrorState, LoadingState } from '../../ui/States.tsx';

export const PROFILE_KEY = ['profile'] as const;

const SessionContext = createContext<Profile | null>(null);

export function useProfile(): Profile {
  const profile = useContext(SessionContext);
  if (!profile) throw new Error('useProfile outside <RequireSession>');
  return profile;
}

/** Whether the caller's role may do this, by the same permission table the server enforces. */
export function useCan(resource: Resource, action: Action = 'read'): boolean {
  const profile = useProfile();
  return isAllowedFor(profile, resource, action);
}

/**
 * The language switch also saves the choice in the user's profile, so the next login (which applies the
 * profile's language) keeps it. A failed save leaves the switch working on this device.
 */
export function useKeepLanguageInProfile(): (language: Profile['locale']) => void {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (locale: Profile['locale']) => api.patch<Profile>('/api/profile', { locale }),
    onSuccess: (profile) => queryClient.setQueryData(PROFILE_KEY, profile),
  });
  return (language) => save.mutate(language);
}

/** Only same-site paths: `next` must never send a user to another site after login. */
export function safeNextPath(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

function loginPath(here: string, reason?: 'expired' | 'logged-out'): string {
  const params = new URLSearchParams();
  if (here !== '/') params.set('next', here);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return `/login${query ? `?${query}` : ''}`;
}

/** Sends the user to the login page (and back afterwards) when any API call finds the session gone. */
export function SessionExpiryWatcher() {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const here = `${location.pathname}${location.search}`;
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      // Without a loaded profile there was no session to expire: <RequireSession> sends the visitor to login.
      if (!queryClient.getQueryData(PROFILE_KEY)) return;
      queryClient.clear();
      navigate(loginPath(here, 'expired'), { replace: true });
    });
    return () => setUnauthenticatedHandler(null);
  }, [navigate, queryClient, here]);
  return null;
}

export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const query = useQuery({
    queryKey: PROFILE_KEY,
    queryFn: () => api.get<Profile>('/api/profile'),
    staleTime: 60_000,
  });
  if (query.isPending)
    return (
      <div className="content">
        <LoadingState />
      </div>
    );
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 401)
      return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace />;
    return (
      <div className="content">
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  return <SessionContext.Provider value={query.data}>{children}</SessionContext.Provider>;
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => {
      queryClient.clear();
      navigate(loginPath('/', 'logged-out'), { replace: true });
    },
  });
}
