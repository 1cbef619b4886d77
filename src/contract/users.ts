import { z } from 'zod';
import { emailSchema, roleSchema, timestampSchema, userSchema } from './accounts.ts';

export const userListSchema = z.object({ users: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;

export const inviteSchema = z.object({
  id: z.number(),
  email: z.string(),
  role: roleSchema,
  createdAt: timestampSchema,
  expiresAt: timestampSchema,
  invitedBy: z.string().nullable(),
});
export type InviteView = z.infer<typeof inviteSchema>;

export const inviteListSchema = z.object({ invites: z.array(inviteSchema) });
export type InviteList = z.infer<typeof inviteListSchema>;

export const createInviteBodySchema = z.object({ email: emailSchema, role: roleSchema });
export type CreateInviteBody = z.infer<typeof createInviteBodySchema>;

export const createdInviteSchema = z.object({
  invite: inviteSchema,
  /** The one-time link: shown once to the admin, who passes it on unless it was e-mailed. */
  link: z.string(),
  isEmailed: z.boolean(),
});
export type CreatedInvite = z.infer<typeof createdInviteSchema>;

export const changeRoleBodySchema = z.object({ role: roleSchema });
export type ChangeRoleBody = z.infer<typeof changeRoleBodySchema>;
