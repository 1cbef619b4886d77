import {
  BarChart3,
  Bell,
  Database,
  Handshake,
  History,
  KeyRound,
  ListChecks,
  Megaphone,
  MessageSquareText,
  Settings,
  Tags,
  Users,
  Webhook,
} from 'lucide-react';
import type { ReactNode } from 'react';
import type { PrincipalKind, Resource } from '../../src/core/permissions.ts';
import { isAllowedFor } from '../../src/core/permissions.ts';
import type { Role } from '../../src/core/types.ts';

export interface NavItem {
  to: string;
  labelKey: string;
  icon: ReactNode;
  count?: number;
  /** Items of a group after the first are listed under the group's heading (`nav.<group>`). */
  group?: 'main' | 'admin';
  /** Shown only to roles the permission table lets do this. */
  permission: { resource: Resource; action: 'read' | 'write' };
  /**
   * Roles that may open the page but do not need it in their daily work: a rep may read alerts and campaigns
   * (links lead there), but the rep's menu stays Cockpit + My questions.
   */
  hiddenFor?: Role[];
}

/** The main navigation as data: the permission table decides who may see an item, `hiddenFor` trims it. */
export const NAV_ITEMS: NavItem[] = [
  {
    to: '/',
    labelKey: 'nav.cockpit',
    icon: <BarChart3 size={18} />,
    permission: { resource: 'cockpit', action: 'read' },
  },
  {
    to: '/inbox',
    labelKey: 'nav.inbox',
    icon: <MessageSquareText size={18} />,
    permission: { resource: 'answers', action: 'write' },
  },
  {
    to: '/alerts',
    labelKey: 'nav.alerts',
    icon: <Bell size={18} />,
    permission: { resource: 'alerts', action: 'read' },
    hiddenFor: ['sales_rep'],
  },
  {
    to: '/requests',
    labelKey: 'nav.requests',
    icon: <Handshake size={18} />,
    permission: { resource: 'requests', action: 'read' },
  },
  {
    to: '/questions',
    labelKey: 'nav.questions',
    icon: <ListChecks size={18} />,
    permission: { resource: 'questions', action: 'write' },
  },
  {
    to: '/campaigns',
    labelKey: 'nav.campaigns',
    icon: <Megaphone size={18} />,
    permission: { resource: 'campaigns', action: 'read' },
    hiddenFor: ['sales_rep'],
  },
  {
    to: '/texts',
    labelKey: 'nav.texts',
    icon: <Tags size={18} />,
    permission: { resource: 'diagnoses', action: 'write' },
    // Marketing's working page; an admin may open it but need not see it in the menu.
    hiddenFor: ['admin'],
  },
  {
    to: '/data',
    labelKey: 'nav.data',
    icon: <Database size={18} />,
    permission: { resource: 'imports', action: 'read' },
  },
  {
    to: '/settings',
    labelKey: 'nav.settings',
    icon: <Settings size={18} />,
    permission: { resource: 'settings', action: 'read' },
  },
  {
    to: '/admin/users',
    labelKey: 'nav.users',
    icon: <Users size={18} />,
    group: 'admin',
    permission: { resource: 'users', action: 'read' },
  },
  {
    to: '/admin/tokens',
    labelKey: 'nav.tokens',
    icon: <KeyRound size={18} />,
    group: 'admin',
    permission: { resource: 'tokens', action: 'read' },
  },
  {
    to: '/admin/webhooks',
    labelKey: 'nav.webhooks',
    icon: <Webhook size={18} />,
    group: 'admin',
    permission: { resource: 'settings', action: 'read' },
  },
  {
    to: '/admin/audit',
    labelKey: 'nav.audit',
    icon: <History size={18} />,
    group: 'admin',
    permission: { resource: 'audit', action: 'read' },
  },
];

/** The items this caller sees, in order. */
export function listNavItems(caller: { role: Role; kind: PrincipalKind }): NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      isAllowedFor(caller, item.permission.resource, item.permission.action) &&
      !item.hiddenFor?.includes(caller.role),
  );
}
