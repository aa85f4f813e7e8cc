import { z } from 'zod';
import type { QueryParams } from '../../../lib/api-client';

const count = z.number();
/** A percent 0–100, or null when nobody has a result yet. */
const percent = z.number().nullish().transform((value) => value ?? null);

export const funnelSchema = z.object({
  applied: count,
  admitted: count,
  attendedAny: count,
  attendanceComplete: count,
  finalTestPassed: count,
  certified: count,
});
export type Funnel = z.infer<typeof funnelSchema>;
export const FUNNEL_STAGES = ['applied', 'admitted', 'attendedAny', 'attendanceComplete', 'finalTestPassed', 'certified'] as const;

export const sessionRowSchema = z.object({
  sessionId: z.number(),
  moduleId: z.number().nullish().transform((value) => value ?? null),
  moduleTitle: z.string().nullish().transform((value) => value ?? null),
  title: z.string(),
  startsAt: z.string(),
  cancelled: z.boolean(),
  present: count,
  late: count,
  excused: count,
  absent: count,
  viaRecording: count,
  unrecorded: count,
});
export type SessionRow = z.infer<typeof sessionRowSchema>;
/** The parts of a session's bar, in the order they stack; `present` excludes those who watched the recording. */
export const ATTENDANCE_PARTS = ['present', 'late', 'viaRecording', 'excused', 'absent', 'unrecorded'] as const;
export type AttendancePart = (typeof ATTENDANCE_PARTS)[number];

export const moduleRowSchema = z.object({
  moduleId: z.number(),
  title: z.string(),
  sessions: count,
  present: count,
  late: count,
  excused: count,
  absent: count,
  viaRecording: count,
});
export type ModuleRow = z.infer<typeof moduleRowSchema>;

export const quizRowSchema = z.object({
  quizId: z.number(),
  moduleId: z.number().nullish().transform((value) => value ?? null),
  moduleTitle: z.string().nullish().transform((value) => value ?? null),
  title: z.string(),
  passMark: z.number(),
  learners: count,
  attempts: count,
  passed: count,
  passRate: percent,
  averageScore: percent,
  /** Learners per tenth of the scale: 0–9.99, 10–19.99, …, 90–100. */
  distribution: z.array(count),
});
export type QuizRow = z.infer<typeof quizRowSchema>;

export const certificateCountsSchema = z.object({ valid: count, revoked: count, replaced: count, expired: count });
export const CERTIFICATE_STATUSES = ['valid', 'revoked', 'replaced', 'expired'] as const;

export const breakdownRowSchema = z.object({
  /** null: not stated (gender). */
  value: z.string().nullable(),
  applied: count,
  admitted: count,
  attended: count,
  certified: count,
});
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;

export const BREAKDOWNS = ['region', 'organization', 'category', 'gender'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const programReportSchema = z.object({
  programId: z.number(),
  title: z.string(),
  funnel: funnelSchema,
  sessions: z.array(sessionRowSchema),
  modules: z.array(moduleRowSchema),
  quizzes: z.array(quizRowSchema),
  certificates: certificateCountsSchema,
  breakdowns: z.object({
    region: z.array(breakdownRowSchema),
    organization: z.array(breakdownRowSchema),
    category: z.array(breakdownRowSchema),
    gender: z.array(breakdownRowSchema),
  }),
  options: z.object({
    regions: z.array(z.string()),
    organizations: z.array(z.string()),
    categories: z.array(z.string()),
    genders: z.array(z.string()),
  }),
});
export type ProgramReport = z.infer<typeof programReportSchema>;

export const programsReportSchema = z.object({
  programs: z.array(
    z.object({
      programId: z.number(),
      title: z.string(),
      status: z.string(),
      startsOn: z.string().nullish().transform((value) => value ?? null),
      endsOn: z.string().nullish().transform((value) => value ?? null),
      hours: z.number().nullish().transform((value) => value ?? null),
      ects: z.number().nullish().transform((value) => value ?? null),
      applied: count,
      admitted: count,
      attended: count,
      certified: count,
      hoursDelivered: z.number(),
      ectsDelivered: z.number(),
    }),
  ),
  total: z.object({
    programs: count,
    applied: count,
    admitted: count,
    attended: count,
    certified: count,
    hoursDelivered: z.number(),
    ectsDelivered: z.number(),
  }),
  regions: z.array(z.object({ region: z.string().nullable(), participants: count, certified: count })),
});
export type ProgramsReport = z.infer<typeof programsReportSchema>;

/** The filters of a program's report, as the URL and the API name them; all optional. */
export const FILTER_KEYS = ['region', 'organization', 'category', 'gender', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ReportFilters = Partial<Record<FilterKey, string>>;

/** The filters read from the URL's parameters (empty ones left out). */
export function filtersFrom(params: URLSearchParams): ReportFilters {
  const filters: ReportFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

export const programReportQueryKey = (programId: number, filters: ReportFilters) => ['reporting', 'program', programId, filters] as const;
export const programsReportQueryKey = (period: { from?: string; to?: string }) => ['reporting', 'programs', period] as const;

/** What the downloads cut the report by: the funnel, the four breakdowns, modules, sessions, tests, certificates, and the staff's lists of people. */
export const EXPORT_BREAKDOWNS = [
  'funnel',
  'region',
  'organization',
  'category',
  'gender',
  'module',
  'session',
  'quiz',
  'certificate',
  'participant',
  'attendance',
] as const;
export type ExportBreakdown = (typeof EXPORT_BREAKDOWNS)[number];
export type ExportFormat = 'csv' | 'xlsx';

function query(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** `GET /api/programs/{id}/report.{csv|xlsx}?breakdown=…&<filters>`. */
export function reportFileUrl(programId: number, format: ExportFormat, breakdown: ExportBreakdown, filters: ReportFilters): string {
  return `/api/programs/${encodeURIComponent(programId)}/report.${format}${query({ breakdown, ...filters })}`;
}

/** `GET /api/programs/{id}/donor-report.xlsx?<filters>`: one sheet per breakdown, small counts as "< 5". */
export function donorReportUrl(programId: number, filters: ReportFilters): string {
  return `/api/programs/${encodeURIComponent(programId)}/donor-report.xlsx${query({ ...filters })}`;
}
