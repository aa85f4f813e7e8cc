import { z } from 'zod';

/** The contract says `null`; the server may also omit the property, which means the same. */
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const ROLES = ['learner', 'trainer', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** A person's account as both they and administrators see it. */
const accountSchema = z.object({
  id: z.number(),
  email: z.string(),
  surname: z.string(),
  givenName: z.string(),
  patronymic: nullable(z.string()),
  fullName: z.string(),
  roles: z.array(roleSchema),
});

export const meSchema = accountSchema.extend({
  /**
   * True while the server refuses everything else until the person picks a new password (the first
   * administrator's generated one); older servers omit it.
   */
  passwordChangeRequired: z.boolean().default(false),
  /** The owner proved the address (used a link sent there); older servers omit it. */
  emailVerified: z.boolean().default(true),
});
export type Me = z.infer<typeof meSchema>;

/** The code of the 403 every other call answers while `passwordChangeRequired` is true. */
export const PASSWORD_CHANGE_REQUIRED = 'password_change_required';

export const adminUserSchema = accountSchema.extend({
  enabled: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: nullable(z.string()),
  /** False for accounts created by a participant import whose owner has not set a password yet. */
  passwordSet: z.boolean(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

/** What `POST /api/auth/password-link` tells about an open one-time link. */
export const passwordLinkInfoSchema = z.object({
  email: z.string(),
  fullName: z.string(),
  expiresAt: z.string(),
});
export type PasswordLinkInfo = z.infer<typeof passwordLinkInfoSchema>;

/** A one-time link to set a password, for an administrator to hand over: `window.location.origin + path`. */
export const passwordLinkSchema = z.object({
  userId: z.number(),
  email: z.string(),
  fullName: z.string(),
  path: z.string(),
  expiresAt: z.string(),
  /** It was also sent to the user's address. */
  emailed: z.boolean().default(false),
});
export type PasswordLink = z.infer<typeof passwordLinkSchema>;

export const PASSWORD_LINK_INVALID = 'password_link_invalid';
export const PASSWORD_LINK_USED = 'password_link_used';
export const PASSWORD_LINK_EXPIRED = 'password_link_expired';
export const VERIFICATION_LINK_USED = 'verification_link_used';
export const VERIFICATION_LINK_EXPIRED = 'verification_link_expired';
export const EMAIL_ALREADY_VERIFIED = 'email_already_verified';

export const meQueryKey = ['identity', 'me'] as const;
export const adminUsersQueryKey = ['identity', 'admin-users'] as const;
