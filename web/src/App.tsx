import { Route, Routes } from 'react-router';
import { CockpitPage } from './features/cockpit/CockpitPage.tsx';
import { DataPage } from './features/data/DataPage.tsx';
import { NotFoundPage } from './features/not-found/NotFoundPage.tsx';
import { PlaceholderPage } from './features/placeholder/PlaceholderPage.tsx';
import { NAV_ITEMS } from './navigation.tsx';
import { AppShell } from './ui/AppShell.tsx';

export function App() {
  return (
    <AppShell items={NAV_ITEMS}>
      <Routes>
        <Route path="/" element={<CockpitPage />} />
        <Route path="/alerts" element={<PlaceholderPage section="alerts" />} />
        <Route path="/requests" element={<PlaceholderPage section="requests" />} />
        <Route path="/campaigns" element={<PlaceholderPage section="campaigns" />} />
        <Route path="/data" element={<DataPage />} />
        <Route path="/settings" element={<PlaceholderPage section="settings" />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AppShell>
  );
}
