import type { RouteSpec } from '../route.ts';
import { cockpitRoutes } from './cockpit.ts';
import { healthRoutes } from './health.ts';
import { notificationRoutes } from './notifications.ts';
import { webhookRoutes } from './webhooks.ts';

/** Every API route module, one line each. */
export const API_ROUTES: RouteSpec[] = [
  ...healthRoutes,
  ...cockpitRoutes,
  ...notificationRoutes,
  ...webhookRoutes,
];
