import { BarChart3, Bell, Database, Handshake, Megaphone, Settings } from 'lucide-react';
import type { ReactNode } from 'react';

export interface NavItem {
  to: string;
  labelKey: string;
  icon: ReactNode;
  count?: number;
}

/** The main navigation as data; role-aware filtering comes with accounts. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.cockpit', icon: <BarChart3 size={18} /> },
  { to: '/alerts', labelKey: 'nav.alerts', icon: <Bell size={18} /> },
  { to: '/requests', labelKey: 'nav.requests', icon: <Handshake size={18} /> },
  { to: '/campaigns', labelKey: 'nav.campaigns', icon: <Megaphone size={18} /> },
  { to: '/data', labelKey: 'nav.data', icon: <Database size={18} /> },
  { to: '/settings', labelKey: 'nav.settings', icon: <Settings size={18} /> },
];
