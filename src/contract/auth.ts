import { z } from 'zod';
import { localeSchema, profileSchema, roleSchema } from './accounts.ts';

export const loginBodySchema = z.object({
  email: z.string().trim().min(1, 'enter your e-mail address').max(320),
  password: z.string().min(1, 'enter your password').max(1024),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const loginResponseSchema = z.object({ profile: profileSchema });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** The secret from the invitation link's fragment. */
export const inviteSecretSchema = z.string().min(20).max(200);

export const inviteCheckBodySchema = z.object({ secret: inviteSecretSchema });
export const inviteCheckResponseSchema = z.object({
  email: z.string(),
  role: roleSchema,
  workspace: z.string(),
  expiresAt: z.string(),
});
export type InviteCheck = z.infer<typeof inviteCheckResponseSchema>;

export const acceptInviteBodySchema = z.object({
  secret: inviteSecretSchema,
  name: z.string().trim().min(1, 'enter your name').max(120),
  password: z.string().max(1024),
  locale: localeSchema.default('de'),
});
export type AcceptInviteBody = z.input<typeof acceptInviteBodySchema>;
