import { z } from 'zod';
import { localeSchema } from './accounts.ts';

export const updateProfileBodySchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(120).optional(),
    locale: localeSchema.optional(),
  })
  .refine((body) => body.name !== undefined || body.locale !== undefined, 'send a name or a locale');
export type UpdateProfileBody = z.infer<typeof updateProfileBodySchema>;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, 'enter your current password').max(1024),
  newPassword: z.string().max(1024),
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

export const logoutEverywhereResponseSchema = z.object({ endedSessions: z.number() });
