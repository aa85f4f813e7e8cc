import { z } from 'zod';
import { pageSchema } from '../../../lib/page';

/** The contract says `null`; the server may also omit the property, which means the same. */
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

/** What a heading of the uploaded table can be read as; `null` means the column is ignored. */
export const IMPORT_FIELDS = [
  'email',
  'surname',
  'givenName',
  'patronymic',
  'fullName',
  'phone',
  'region',
  'organization',
  'position',
  'category',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const IMPORT_STATUSES = ['preview', 'applying', 'applied'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What the server accepts; the picker checks the same before sending anything. */
export const IMPORT_MAX_FILE_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_FILE_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const IMPORT_FILE_EXTENSIONS = ['csv', 'xlsx'] as const;

export const importProblemSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importRowSchema = z.object({
  line: z.number(),
  email: z.string(),
  surname: z.string(),
  givenName: z.string(),
  patronymic: nullable(z.string()),
  phone: nullable(z.string()),
  region: nullable(z.string()),
  organization: nullable(z.string()),
  position: nullable(z.string()),
  category: nullable(z.string()),
  problems: z.array(importProblemSchema),
  /** null for rows with problems. */
  existingAccount: nullable(z.boolean()),
  /** null for rows with problems. */
  alreadyAdmitted: nullable(z.boolean()),
  /** The email matches an account whose owner never proved the address; null for rows with problems. */
  unverifiedAccount: nullable(z.boolean()),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importViewSchema = z.object({
  id: z.number(),
  programId: z.number(),
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  createdAt: z.string(),
  appliedAt: nullable(z.string()),
  headings: z.array(z.object({ heading: z.string(), field: nullable(z.string()) })),
  /** Left out of lists and of `?rows=false` answers. */
  rows: nullable(z.array(importRowSchema)),
  /**
   * In list and progress answers only `rows`, `valid`, `invalid` and `placesLeft` are counted;
   * the others are 0 there.
   */
  summary: z.object({
    rows: z.number(),
    valid: z.number(),
    invalid: z.number(),
    newAccounts: z.number(),
    existingAccounts: z.number(),
    alreadyAdmitted: z.number(),
    toAdmit: z.number(),
    /** Good rows matching an account whose email was never proven: the confirmation must say admit or skip. */
    unverifiedAccounts: z.number(),
    /** null: the program has no limit. */
    placesLeft: nullable(z.number()),
  }),
  /** While applying; `total` counts the rows to apply. */
  progress: nullable(z.object({ done: z.number(), total: z.number() })),
  /** Once applied. */
  result: nullable(z.object({ admitted: z.number(), alreadyAdmitted: z.number(), accountsCreated: z.number() })),
  /** Why the last confirmation failed (e.g. capacity_exceeded); the import is back in preview. */
  failure: nullable(z.object({ code: z.string(), message: z.string() })),
});
export type ImportView = z.infer<typeof importViewSchema>;

export const importPageSchema = pageSchema(importViewSchema);

/** A one-time link to set a password; the full address is `window.location.origin + path`. */
export const importPasswordLinkSchema = z.object({
  userId: z.number(),
  email: z.string(),
  fullName: z.string(),
  path: z.string(),
  expiresAt: z.string(),
});
export type ImportPasswordLink = z.infer<typeof importPasswordLinkSchema>;

export const participantImportsQueryKey = (programId: number) =>
  ['enrollment', 'participant-imports', 'program', programId] as const;
/** Both the full import (with rows) and its polled status live under this key. */
export const participantImportQueryKey = (id: number) => ['enrollment', 'participant-imports', 'import', id] as const;

export const IMPORT_HAS_INVALID_ROWS = 'import_has_invalid_rows';
export const IMPORT_NOT_IN_PREVIEW = 'import_not_in_preview';
export const IMPORT_HAS_NO_VALID_ROWS = 'import_has_no_valid_rows';

/** What to do with rows matching an account whose owner never proved the address. */
export type UnverifiedChoice = 'admit' | 'skip';
