import { z } from 'zod';

/** The contract says `null`; the server may also omit the property, which means the same. */
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const ATTENDANCE_STATUSES = ['present', 'late', 'excused', 'absent'] as const;
export const ATTENDANCE_SOURCES = ['self_check_in', 'trainer', 'imported_report', 'recording'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/** The code a trainer shows: six digits rotating at `validUntil`, its QR code (an SVG document) and the check-in window. */
export const checkInCodeSchema = z.object({
  sessionId: z.number(),
  code: z.string(),
  validUntil: z.string(),
  checkInUrl: z.string(),
  qrSvg: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  open: z.boolean(),
});
export type CheckInCode = z.infer<typeof checkInCodeSchema>;

/** One participant's attendance of one session; status and source are null while nothing is recorded. */
export const entrySchema = z.object({
  sessionId: z.number(),
  userId: z.number(),
  fullName: z.string(),
  email: z.string(),
  organization: nullable(z.string()),
  registered: z.boolean(),
  status: nullable(z.enum(ATTENDANCE_STATUSES)),
  minutes: nullable(z.number()),
  source: nullable(z.enum(ATTENDANCE_SOURCES)),
  note: nullable(z.string()),
  updatedAt: nullable(z.string()),
  updatedBy: nullable(z.number()),
});
export type Entry = z.infer<typeof entrySchema>;

/** One change of a register, newest first. */
export const changeSchema = z.object({
  userId: z.number(),
  changedBy: nullable(z.number()),
  changedAt: z.string(),
  oldStatus: nullable(z.enum(ATTENDANCE_STATUSES)),
  newStatus: z.enum(ATTENDANCE_STATUSES),
  oldMinutes: nullable(z.number()),
  newMinutes: nullable(z.number()),
  source: z.enum(ATTENDANCE_SOURCES),
  note: nullable(z.string()),
});
export type Change = z.infer<typeof changeSchema>;

export const IMPORT_OUTCOMES = ['present', 'below_threshold', 'unmatched', 'ambiguous'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/** One person of a meeting report: as the report names them, their minutes, whom they matched and what that means. */
export const importEntrySchema = z.object({
  line: z.number(),
  name: z.string(),
  email: nullable(z.string()),
  minutes: z.number(),
  matchedUserId: nullable(z.number()),
  matchedName: nullable(z.string()),
  outcome: z.enum(IMPORT_OUTCOMES),
  /** For an ambiguous name: how many participants bear it. */
  candidates: z.number(),
});
export type ImportEntry = z.infer<typeof importEntrySchema>;

/** A meeting report's preview (status `previewed`), or the report once applied. */
export const reportImportSchema = z.object({
  id: z.number(),
  sessionId: z.number(),
  fileName: z.string(),
  format: z.string(),
  status: z.string(),
  sessionMinutes: z.number(),
  thresholdMinutes: z.number(),
  entries: z.array(importEntrySchema),
  appliedAt: nullable(z.string()),
});
export type ReportImport = z.infer<typeof reportImportSchema>;

/** What the upload accepts: the reports as Zoom and Teams write them, or after a trip through Excel. */
export const REPORT_FILE_ACCEPT = '.csv,.tsv,.txt,.xlsx';

export const MAX_MINUTES = 1440;
export const MAX_NOTE = 1000;

export const attendanceQueryKey = ['attendance'] as const;
export const checkInCodeQueryKey = (sessionId: number) => ['attendance', 'code', sessionId] as const;
export const registerQueryKey = (sessionId: number) => ['attendance', 'register', sessionId] as const;
export const historyQueryKey = (sessionId: number) => ['attendance', 'history', sessionId] as const;

/** Where the register's exports download from (plain links: the browser saves the attachment). */
export const sessionExportHref = (sessionId: number, format: 'csv' | 'xlsx') =>
  `/api/sessions/${encodeURIComponent(sessionId)}/attendance.${format}`;
export const programExportHref = (programId: number, format: 'csv' | 'xlsx') =>
  `/api/programs/${encodeURIComponent(programId)}/attendance.${format}`;
