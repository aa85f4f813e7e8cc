import { z } from 'zod';

/** The contract says `null`; the server may also omit the property, which means the same. */
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const STALE_VERSION = 'stale_version';
export const ALREADY_CERTIFIED = 'already_certified';
export const CERTIFICATE_NOT_FOUND = 'certificate_not_found';

export const CERTIFICATE_STATUSES = ['valid', 'revoked', 'expired', 'replaced'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export const PROGRAM_TYPES = ['general', 'special'] as const;
export const DURATIONS = ['short_term', 'long_term'] as const;

export const signatorySchema = z.object({ name: z.string(), position: z.string() });
export type Signatory = z.infer<typeof signatorySchema>;

/** A certificate; the public API leaves out `userId` and `issueReason`. */
export const certificateSchema = z.object({
  id: z.number(),
  serial: z.string(),
  verificationCode: z.string(),
  verificationUrl: z.string(),
  status: z.enum(CERTIFICATE_STATUSES),
  userId: nullable(z.number()),
  learnerName: z.string(),
  programId: z.number(),
  programTitle: z.string(),
  programType: z.enum(PROGRAM_TYPES),
  duration: z.enum(DURATIONS),
  hours: z.number(),
  ects: z.number(),
  startsOn: nullable(z.string()),
  endsOn: nullable(z.string()),
  learningOutcomes: nullable(z.array(z.string())).transform((value) => value ?? []),
  providerName: z.string(),
  signatories: nullable(z.array(signatorySchema)).transform((value) => value ?? []),
  issuedAt: z.string(),
  expiresAt: nullable(z.string()),
  revokedAt: nullable(z.string()),
  revocationReason: nullable(z.string()),
  replacedBy: nullable(z.string()),
  replaces: nullable(z.string()),
  /** null: issued automatically; otherwise the administrator's reason for issuing by hand. */
  issueReason: nullable(z.string()),
});
export type Certificate = z.infer<typeof certificateSchema>;

export const REQUIREMENT_KINDS = ['attendance', 'module_test', 'final_test'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const requirementSchema = z.object({
  kind: z.enum(REQUIREMENT_KINDS),
  moduleId: nullable(z.number()),
  /** null for overall attendance and the final test. */
  moduleTitle: nullable(z.string()),
  quizId: nullable(z.number()),
  quizTitle: nullable(z.string()),
  /** Attendance: sessions needed; tests: the pass mark in percent. */
  required: z.number(),
  /** Attendance: sessions attended; tests: the best score in percent, null when never submitted. */
  done: nullable(z.number()),
  /** Attendance: sessions in scope; tests: null. */
  total: nullable(z.number()),
  met: z.boolean(),
});
export type Requirement = z.infer<typeof requirementSchema>;

export const progressSchema = z.object({
  userId: z.number(),
  learnerName: z.string(),
  email: nullable(z.string()),
  /** false: the program has no completion rules yet, so nothing is met and nothing is issued automatically. */
  rulesSet: z.boolean(),
  complete: z.boolean(),
  requirements: z.array(requirementSchema),
  /** The current certificate, whatever its status. */
  certificate: nullable(certificateSchema),
});
export type Progress = z.infer<typeof progressSchema>;

export const ATTENDANCE_SCOPES = ['none', 'overall', 'per_module'] as const;
export const ATTENDANCE_MEASURES = ['count', 'percent'] as const;
export type AttendanceScope = (typeof ATTENDANCE_SCOPES)[number];
export type AttendanceMeasure = (typeof ATTENDANCE_MEASURES)[number];

export const completionRulesSchema = z.object({
  attendanceScope: z.enum(ATTENDANCE_SCOPES),
  attendanceMeasure: z.enum(ATTENDANCE_MEASURES),
  attendanceMinimum: z.number(),
  recordingCounts: z.boolean(),
  requiredQuizIds: z.array(z.number()),
  finalTestRequired: z.boolean(),
  /** null: the final test's own pass mark. */
  finalTestPassPercent: nullable(z.number()),
  version: nullable(z.number()),
});
export type CompletionRules = z.infer<typeof completionRulesSchema>;

export const partnerLogoSchema = z.object({ name: z.string(), image: z.string() });
export type PartnerLogo = z.infer<typeof partnerLogoSchema>;

export const signingKeySchema = z.object({ testKey: z.boolean(), subject: z.string(), notAfter: nullable(z.string()) });

/** The body of `PUT …/certificate-design` and `POST …/preview.pdf`. */
export interface CertificateDesignRequest {
  primaryColor: string;
  accentColor: string;
  providerLogo: string | null;
  partnerLogos: PartnerLogo[];
  signatories: Signatory[];
  introText: string | null;
  footerText: string | null;
  showOutcomes: boolean;
  validityMonths: number | null;
  /** The certificate's language; null: the program's. */
  language: 'uk' | 'en' | null;
  version: number | null;
}

export const certificateDesignSchema = z.object({
  primaryColor: z.string(),
  accentColor: z.string(),
  providerLogo: nullable(z.string()),
  partnerLogos: nullable(z.array(partnerLogoSchema)).transform((value) => value ?? []),
  signatories: nullable(z.array(signatorySchema)).transform((value) => value ?? []),
  introText: nullable(z.string()),
  footerText: nullable(z.string()),
  showOutcomes: z.boolean(),
  validityMonths: nullable(z.number()),
  language: nullable(z.enum(['uk', 'en'])),
  version: nullable(z.number()),
  /** Read-only: the key certificates are signed with. */
  signingKey: nullable(signingKeySchema),
});
export type CertificateDesign = z.infer<typeof certificateDesignSchema>;

export const bulkIssueResultSchema = z.object({ issued: z.number(), alreadyCertified: z.number(), notComplete: z.number() });
export type BulkIssueResult = z.infer<typeof bulkIssueResultSchema>;

export const pdfCheckSchema = z.object({ genuine: z.boolean(), certificate: nullable(certificateSchema) });
export type PdfCheck = z.infer<typeof pdfCheckSchema>;

export const certificationKeys = {
  all: ['certification'] as const,
  rules: (programId: number) => ['certification', 'rules', programId] as const,
  design: (programId: number) => ['certification', 'design', programId] as const,
  myProgress: (programId: number) => ['certification', 'my-progress', programId] as const,
  programProgress: (programId: number) => ['certification', 'progress', programId] as const,
  programCertificates: (programId: number) => ['certification', 'program-certificates', programId] as const,
  myCertificates: () => ['certification', 'my-certificates'] as const,
  certificate: (id: number) => ['certification', 'certificate', id] as const,
  publicCertificate: (code: string) => ['certification', 'public', code] as const,
};

const id = (value: number | string) => encodeURIComponent(value);
/** Addresses the browser opens or downloads itself (links, not fetches). */
export const certificatePdfUrl = (certificateId: number) => `/api/certificates/${id(certificateId)}/pdf`;
export const registryCsvUrl = (programId: number) => `/api/programs/${id(programId)}/certificate-registry.csv`;
export const registryXlsxUrl = (programId: number) => `/api/programs/${id(programId)}/certificate-registry.xlsx`;
export const certificatesZipUrl = (programId: number) => `/api/programs/${id(programId)}/certificates.zip`;
export const savedPreviewUrl = (programId: number) => `/api/programs/${id(programId)}/certificate-design/preview.pdf`;
/** The public verification page of a code, in this app. */
export const verifyPath = (code: string) => `/verify/${encodeURIComponent(code)}`;
