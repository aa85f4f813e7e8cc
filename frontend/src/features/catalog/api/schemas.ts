import { z } from 'zod';

/** The contract says `null`; the server may also omit the property, which means the same. */
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const PROGRAM_TYPES = ['general', 'special'] as const;
export const DURATIONS = ['short_term', 'long_term'] as const;
export const PROGRAM_LANGUAGES = ['uk', 'en'] as const;
export const PROGRAM_STATUSES = ['draft', 'published', 'archived'] as const;

export const programTypeSchema = z.enum(PROGRAM_TYPES);
export const durationSchema = z.enum(DURATIONS);
export const programLanguageSchema = z.enum(PROGRAM_LANGUAGES);
export const programStatusSchema = z.enum(PROGRAM_STATUSES);
export type ProgramType = z.infer<typeof programTypeSchema>;
export type Duration = z.infer<typeof durationSchema>;
export type ProgramLanguage = z.infer<typeof programLanguageSchema>;
export type ProgramStatus = z.infer<typeof programStatusSchema>;

export const programSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  provider: z.string(),
  programType: programTypeSchema,
  duration: durationSchema,
  hours: z.number(),
  ects: z.number(),
  language: programLanguageSchema,
  startsOn: nullable(z.string()),
  endsOn: nullable(z.string()),
  enrollmentOpensAt: nullable(z.string()),
  enrollmentClosesAt: nullable(z.string()),
  enrollmentOpen: z.boolean(),
  status: programStatusSchema,
  moduleCount: z.number(),
});
export type ProgramSummary = z.infer<typeof programSummarySchema>;

export const moduleSchema = z.object({
  id: z.number(),
  position: z.number(),
  title: z.string(),
  description: z.string().nullish().transform((value) => value ?? ''),
  hours: z.number(),
});
export type Module = z.infer<typeof moduleSchema>;

export const partnerSchema = z.object({ name: z.string(), url: nullable(z.string()) });
export type Partner = z.infer<typeof partnerSchema>;

export const trainerRefSchema = z.object({ id: z.number(), fullName: z.string() });
export type TrainerRef = z.infer<typeof trainerRefSchema>;

export const programSchema = programSummarySchema.extend({
  description: z.string().nullish().transform((value) => value ?? ''),
  partners: z.array(partnerSchema),
  learningOutcomes: z.array(z.string()),
  capacity: nullable(z.number()),
  trainers: z.array(trainerRefSchema),
  modules: z.array(moduleSchema),
  /** The share (1..100 %) of a recording that counts as attending a missed session; null: recordings do not count. */
  recordingMakeUpPercent: nullable(z.number()),
  version: z.number(),
  canEdit: z.boolean(),
});
export type Program = z.infer<typeof programSchema>;

/** The body of `POST /api/programs` and (with `version`) `PUT /api/programs/{id}`. */
export interface ProgramRequest {
  title: string;
  description: string;
  provider: string;
  partners: Partner[];
  programType: ProgramType;
  duration: Duration;
  hours: number | null;
  learningOutcomes: string[];
  language: ProgramLanguage;
  enrollmentOpensAt: string | null;
  enrollmentClosesAt: string | null;
  startsOn: string | null;
  endsOn: string | null;
  capacity: number | null;
  recordingMakeUpPercent: number | null;
}

export interface ModuleRequest {
  title: string;
  description: string;
  hours: number | null;
}


export const programsQueryKey = ['catalog', 'programs'] as const;
export const programQueryKey = (id: number) => ['catalog', 'program', id] as const;

/** Modules in the order the program shows them. */
export function sortedModules(modules: Module[]): Module[] {
  return [...modules].sort((a, b) => a.position - b.position);
}

export const MATERIAL_KINDS = ['file', 'link'] as const;
/** Participants first: it is the default a trainer starts from. */
export const MATERIAL_VISIBILITIES = ['participants', 'public'] as const;
export const materialKindSchema = z.enum(MATERIAL_KINDS);
export const materialVisibilitySchema = z.enum(MATERIAL_VISIBILITIES);
export type MaterialKind = z.infer<typeof materialKindSchema>;
export type MaterialVisibility = z.infer<typeof materialVisibilitySchema>;

/** A document or link of a program (`moduleId` null) or one of its modules. */
export const materialSchema = z.object({
  id: z.number(),
  moduleId: nullable(z.number()),
  kind: materialKindSchema,
  title: z.string(),
  visibility: materialVisibilitySchema,
  position: z.number(),
  /** Files: `/api/materials/{id}/file`; links: the external address. */
  url: nullable(z.string()),
  fileName: nullable(z.string()),
  contentType: nullable(z.string()),
  sizeBytes: nullable(z.number()),
  createdAt: z.string(),
});
export type Material = z.infer<typeof materialSchema>;

/** The body of `POST /api/programs/{id}/materials/links`. */
export interface MaterialLinkRequest {
  title: string;
  url: string;
  moduleId: number | null;
  visibility: MaterialVisibility;
}

/** Kept apart from `programQueryKey`, so work on the program (e.g. cancelling its query) leaves materials alone. */
export const materialsQueryKey = (programId: number) => ['catalog', 'materials', programId] as const;
