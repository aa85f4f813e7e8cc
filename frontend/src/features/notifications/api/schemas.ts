import { z } from 'zod';
import { pageSchema } from '../../../lib/page';

/** The contract says `null`; the server may also omit the property, which means the same. */
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const MESSAGE_LANGUAGES = ['uk', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** The notifications a person may switch off; security messages are always sent. */
export const NOTIFICATION_KINDS = ['application_received', 'application_decided'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const preferencesSchema = z.object({
  language: z.enum(MESSAGE_LANGUAGES),
  /** Kinds this screen does not know yet are kept as they come and sent back untouched. */
  notifications: z.record(z.string(), z.boolean()),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'kept'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** A message in the outbox; lists leave the bodies out (null). */
export const outboxMessageSchema = z.object({
  id: z.number(),
  messageId: z.string(),
  kind: z.string(),
  recipient: z.string(),
  language: z.string(),
  subject: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number(),
  nextAttemptAt: z.string(),
  lastError: nullable(z.string()),
  createdAt: z.string(),
  sentAt: nullable(z.string()),
  unsubscribeUrl: nullable(z.string()),
  bodyText: nullable(z.string()),
  bodyHtml: nullable(z.string()),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export const outboxPageSchema = pageSchema(outboxMessageSchema);

export const MAIL_NOT_CONFIGURED = 'mail_not_configured';

export const preferencesQueryKey = ['notifications', 'preferences'] as const;
export const outboxQueryKey = ['notifications', 'outbox'] as const;
