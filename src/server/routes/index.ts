import { scanAfterImport } from '../../jobs/scan-scheduler.ts';
import type { RouteSpec } from '../route.ts';
import { alertRoutes } from './alerts.ts';
import { answerRoutes } from './answers.ts';
import { auditRoutes } from './audit.ts';
import { authRoutes } from './auth.ts';
import { campaignRoutes } from './campaigns.ts';
import { cockpitRoutes } from './cockpit.ts';
import { codingRoutes } from './coding.ts';
import { diagnosisRoutes } from './diagnoses.ts';
import { docsRoutes } from './docs.ts';
import { healthRoutes } from './health.ts';
import { createImportRoutes } from './imports.ts';
import { notificationRoutes } from './notifications.ts';
import { profileRoutes } from './profile.ts';
import { questionRoutes } from './questions.ts';
import { requestRoutes } from './requests.ts';
import { settingsRoutes } from './settings.ts';
import { tokenRoutes } from './tokens.ts';
import { userRoutes } from './users.ts';
import { webhookRoutes } from './webhooks.ts';

/** Every API route module, one line each. */
export const API_ROUTES: RouteSpec[] = [
  ...healthRoutes,
  ...docsRoutes,
  ...authRoutes,
  ...profileRoutes,
  ...userRoutes,
  ...tokenRoutes,
  ...auditRoutes,
  ...cockpitRoutes,
  ...createImportRoutes({ onImported: scanAfterImport }),
  ...notificationRoutes,
  ...webhookRoutes,
  ...requestRoutes,
  ...questionRoutes,
  ...settingsRoutes,
  ...alertRoutes,
  ...answerRoutes,
  ...diagnosisRoutes,
  ...codingRoutes,
  ...campaignRoutes,
];
