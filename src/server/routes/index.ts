import type { RouteSpec } from '../route.ts';
import { cockpitRoutes } from './cockpit.ts';
import { healthRoutes } from './health.ts';
import { createImportRoutes } from './imports.ts';

/** Every API route module, one line each. */
export const API_ROUTES: RouteSpec[] = [...healthRoutes, ...cockpitRoutes, ...createImportRoutes()];
