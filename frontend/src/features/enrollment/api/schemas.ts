import { z } from 'zod';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const QUESTION_KINDS = ['short_text', 'long_text', 'single_choice', 'multiple_choice', 'yes_no'] as const;
export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export const APPLICATION_STATUSES = ['submitted', 'admitted', 'waitlisted', 'rejected', 'withdrawn'] as const;
export type Gender = (typeof GENDERS)[number];
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const questionSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  kind: z.enum(QUESTION_KINDS),
  label: z.string(),
  required: z.boolean(),
  options: nullable(z.array(z.string())),
});
export type Question = z.infer<typeof questionSchema>;

export const questionnaireSchema = z.object({
  programId: z.number(),
  questions: z.array(questionSchema),
  allowReapply: z.boolean(),
  version: z.number(),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

export const profileSchema = z.object({
  surname: z.string(),
  givenName: z.string(),
  patronymic: nullable(z.string()),
  email: z.string(),
  phone: z.string(),
  region: z.string(),
  organization: z.string(),
  position: z.string(),
  category: z.string(),
  gender: nullable(z.enum(GENDERS)),
  consent: z.boolean(),
});
export type Profile = z.infer<typeof profileSchema>;

export const answerSchema = z.union([z.string(), z.array(z.string()), z.boolean()]);
export type Answer = z.infer<typeof answerSchema>;

export const applicationSchema = z.object({
  id: z.number(),
  programId: z.number(),
  programTitle: z.string(),
  userId: z.number(),
  status: z.enum(APPLICATION_STATUSES),
  profile: profileSchema,
  answers: z.record(z.string(), answerSchema),
  decisionMessage: nullable(z.string()),
  submittedAt: z.string(),
  decidedAt: nullable(z.string()),
});
export type Application = z.infer<typeof applicationSchema>;

export const myProgramSchema = z.object({
  programId: z.number(),
  title: z.string(),
  startsOn: nullable(z.string()),
  endsOn: nullable(z.string()),
  applicationId: z.number(),
  status: z.enum(APPLICATION_STATUSES),
  submittedAt: z.string(),
  decisionMessage: nullable(z.string()),
});
export type MyProgram = z.infer<typeof myProgramSchema>;


export const DECISIONS = ['admit', 'waitlist', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

/** What `POST /api/programs/{id}/applications/decisions` answers. */
export const decidedSchema = z.object({
  changed: z.number(),
  admitted: z.number(),
  capacity: nullable(z.number()),
});
export type Decided = z.infer<typeof decidedSchema>;

export const myProgramsQueryKey = ['enrollment', 'my-programs'] as const;
export const applicationsQueryKey = (programId: number) => ['enrollment', 'applications', programId] as const;
export const questionnaireQueryKey = (programId: number) => ['enrollment', 'questionnaire', programId] as const;
export const applicationProfileQueryKey = ['enrollment', 'application-profile'] as const;

export const ALREADY_APPLIED = 'already_applied';
export const ENROLLMENT_CLOSED = 'enrollment_closed';
export const REAPPLY_NOT_ALLOWED = 'reapply_not_allowed';
export const APPLICATION_CLOSED = 'application_closed';
export const CAPACITY_EXCEEDED = 'capacity_exceeded';
export const APPLICATION_WITHDRAWN = 'application_withdrawn';
export const STALE_VERSION = 'stale_version';
