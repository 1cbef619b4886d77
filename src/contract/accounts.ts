/** Shapes shared by the account endpoints: roles, locales, the caller's profile, users. */
import { z } from 'zod';
import { LOCALES, ROLES } from '../core/types.ts';

export const roleSchema = z.enum(ROLES);
export const localeSchema = z.enum(LOCALES);
export const idParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('expected an e-mail address like anna.berger@firma.de').max(320));
export const timestampSchema = z.string();

/** The caller as the web client sees it: a logged-in person, or an API token. */
export const profileSchema = z.object({
  kind: z.enum(['user', 'token']),
  userId: z.number().nullable(),
  tokenId: z.number().nullable(),
  workspaceId: z.number(),
  name: z.string(),
  email: z.string().nullable(),
  role: roleSchema,
  locale: localeSchema,
  /** Sessions of this user open now, on all devices (0 for a token). */
  sessionCount: z.number(),
});
export type Profile = z.infer<typeof profileSchema>;

export const userSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: localeSchema,
  isActive: z.boolean(),
  lastLoginAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
});
export type UserView = z.infer<typeof userSchema>;
