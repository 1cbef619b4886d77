import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import type { Action, Resource } from '../../src/core/permissions.ts';
import { AlertDetailPage } from './features/alerts/AlertDetailPage.tsx';
import { AlertsPage } from './features/alerts/AlertsPage.tsx';
import { AnswerFormPage } from './features/answers/AnswerFormPage.tsx';
import { InboxPage } from './features/answers/InboxPage.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { AcceptInvitePage } from './features/auth/AcceptInvitePage.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { RequirePermission } from './features/auth/RequirePermission.tsx';
import {
  RequireSession,
  SessionExpiryWatcher,
  useKeepLanguageInProfile,
  useProfile,
} from './features/auth/session.tsx';
import { UserMenu } from './features/auth/UserMenu.tsx';
import { BriefPrintPage } from './features/campaigns/BriefPrintPage.tsx';
import { CampaignPage } from './features/campaigns/CampaignPage.tsx';
import { CampaignsPage } from './features/campaigns/CampaignsPage.tsx';
import { CockpitPage } from './features/cockpit/CockpitPage.tsx';
import { DataPage } from './features/data/DataPage.tsx';
import { DiagnosisPage } from './features/diagnosis/DiagnosisPage.tsx';
import { TextsPage } from './features/diagnosis/TextsPage.tsx';
import { NotFoundPage } from './features/not-found/NotFoundPage.tsx';
import { NotificationBell } from './features/notifications/NotificationBell.tsx';
import { NotificationPreferencesPage } from './features/notifications/NotificationPreferencesPage.tsx';
import { NotificationsPage } from './features/notifications/NotificationsPage.tsx';
import { WebhooksPage } from './features/notifications/WebhooksPage.tsx';
import { ProfilePage } from './features/profile/ProfilePage.tsx';
import { QuestionsPage } from './features/questions/QuestionsPage.tsx';
import { NewRequestPage } from './features/requests/NewRequestPage.tsx';
import { RequestPage } from './features/requests/RequestPage.tsx';
import { RequestsPage } from './features/requests/RequestsPage.tsx';
import { SettingsPage } from './features/settings/SettingsPage.tsx';
import { TokensPage } from './features/tokens/TokensPage.tsx';
import { UsersPage } from './features/users/UsersPage.tsx';
import { listNavItems } from './navigation.tsx';
import { AppShell } from './ui/AppShell.tsx';

function guard(resource: Resource, page: ReactNode, action: Action = 'read') {
  return (
    <RequirePermission resource={resource} action={action}>
      {page}
    </RequirePermission>
  );
}

/** The app for a logged-in caller: navigation by role, pages guarded by the same permission table. */
function SignedInApp() {
  const profile = useProfile();
  const keepLanguage = useKeepLanguageInProfile();
  return (
    <AppShell
      items={listNavItems(profile)}
      onLanguageChange={keepLanguage}
      footer={
        <>
          <NotificationBell />
          <UserMenu />
        </>
      }
    >
      <Routes>
        <Route path="/" element={<CockpitPage />} />
        <Route path="/inbox" element={guard('answers', <InboxPage />, 'write')} />
        <Route path="/inbox/:questionSetId" element={guard('answers', <AnswerFormPage />)} />
        <Route path="/requests" element={guard('requests', <RequestsPage />)} />
        <Route path="/requests/new" element={guard('requests', <NewRequestPage />, 'write')} />
        <Route path="/requests/:id" element={guard('requests', <RequestPage />)} />
        <Route path="/requests/:requestId/diagnosis" element={guard('diagnoses', <DiagnosisPage />)} />
        <Route path="/texts" element={guard('diagnoses', <TextsPage />)} />
        <Route path="/questions" element={guard('questions', <QuestionsPage />, 'write')} />
        <Route path="/alerts" element={guard('alerts', <AlertsPage />)} />
        <Route path="/alerts/:id" element={guard('alerts', <AlertDetailPage />)} />
        <Route path="/campaigns" element={guard('campaigns', <CampaignsPage />)} />
        <Route path="/campaigns/:id" element={guard('campaigns', <CampaignPage />)} />
        <Route path="/campaigns/:id/print" element={guard('campaigns', <BriefPrintPage />)} />
        <Route path="/data" element={guard('imports', <DataPage />)} />
        <Route path="/settings" element={guard('settings', <SettingsPage />)} />
        <Route path="/profile" element={<ProfilePage />} />
        <Route path="/admin/users" element={guard('users', <UsersPage />)} />
        <Route path="/admin/tokens" element={guard('tokens', <TokensPage />)} />
        <Route path="/admin/audit" element={guard('audit', <AuditPage />)} />
        <Route path="/notifications" element={<NotificationsPage />} />
        <Route path="/notifications/preferences" element={<NotificationPreferencesPage />} />
        <Route path="/admin/webhooks" element={guard('settings', <WebhooksPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AppShell>
  );
}

export function App() {
  return (
    <>
      <SessionExpiryWatcher />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/invite" element={<AcceptInvitePage />} />
        <Route
          path="*"
          element={
            <RequireSession>
              <SignedInApp />
            </RequireSession>
          }
        />
      </Routes>
    </>
  );
}
