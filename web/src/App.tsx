import { Route, Routes } from 'react-router';
import { CockpitPage } from './features/cockpit/CockpitPage.tsx';
import { NotFoundPage } from './features/not-found/NotFoundPage.tsx';
import { NotificationBell } from './features/notifications/NotificationBell.tsx';
import { NotificationPreferencesPage } from './features/notifications/NotificationPreferencesPage.tsx';
import { NotificationsPage } from './features/notifications/NotificationsPage.tsx';
import { WebhooksPage } from './features/notifications/WebhooksPage.tsx';
import { PlaceholderPage } from './features/placeholder/PlaceholderPage.tsx';
import { NAV_ITEMS } from './navigation.tsx';
import { AppShell } from './ui/AppShell.tsx';

export function App() {
  return (
    <AppShell items={NAV_ITEMS} footer={<NotificationBell />}>
      <Routes>
        <Route path="/" element={<CockpitPage />} />
        <Route path="/alerts" element={<PlaceholderPage section="alerts" />} />
        <Route path="/requests" element={<PlaceholderPage section="requests" />} />
        <Route path="/campaigns" element={<PlaceholderPage section="campaigns" />} />
        <Route path="/data" element={<PlaceholderPage section="data" />} />
        <Route path="/settings" element={<PlaceholderPage section="settings" />} />
        <Route path="/settings/notifications" element={<WebhooksPage />} />
        <Route path="/notifications" element={<NotificationsPage />} />
        <Route path="/notifications/preferences" element={<NotificationPreferencesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AppShell>
  );
}
