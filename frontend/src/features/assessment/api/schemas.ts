import { z } from 'zod';

/** The contract says `null`; the server may also omit the property, which means the same. */
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numerical', 'matching'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** One category of a program's question bank; `path` names it from the top (its own name last). */
export const categorySchema = z.object({
  id: z.number(),
  parentId: nullable(z.number()),
  name: z.string(),
  path: z.array(z.string()),
  questionCount: z.number(),
});
export type Category = z.infer<typeof categorySchema>;

export interface CategoryRequest {
  name: string;
  parentId: number | null;
}

/** A row of the bank's list. */
export const questionSummarySchema = z.object({
  id: z.number(),
  type: z.enum(QUESTION_TYPES),
  name: z.string(),
  categoryId: z.number(),
  category: z.array(z.string()),
  tags: z.array(z.string()),
  versionNumber: z.number(),
  answered: z.boolean(),
  updatedAt: z.string(),
});
export type QuestionSummary = z.infer<typeof questionSummarySchema>;

/** A choice (single or multiple choice, true/false) or an accepted answer (short answer); `fraction` is in [-1, 1]. */
const choiceSchema = z.object({ text: z.string(), fraction: z.number(), feedback: nullable(z.string()) });
const numberSchema = z.object({ value: z.number(), tolerance: z.number(), fraction: z.number(), feedback: nullable(z.string()) });
/** A matching pair; an empty `prompt` makes its answer a distractor. */
const pairSchema = z.object({ prompt: z.string(), answer: z.string() });

/** What the editor sends; every type uses the same shape and leaves the lists it does not need empty. */
export interface QuestionRequest {
  categoryId: number;
  type: QuestionType;
  name: string;
  text: string;
  feedback: string | null;
  mark: number;
  penalty: number;
  shuffle: boolean;
  caseSensitive: boolean;
  choices: z.infer<typeof choiceSchema>[];
  numbers: z.infer<typeof numberSchema>[];
  pairs: z.infer<typeof pairSchema>[];
  tags: string[];
}

/** A question as stored; `answered` means a new version is made on save, so past attempts keep theirs. */
export const questionSchema = z.object({
  id: z.number(),
  programId: z.number(),
  categoryId: z.number(),
  category: z.array(z.string()),
  type: z.enum(QUESTION_TYPES),
  name: z.string(),
  text: z.string(),
  feedback: nullable(z.string()),
  mark: z.number(),
  penalty: z.number(),
  shuffle: z.boolean(),
  caseSensitive: z.boolean(),
  choices: z.array(choiceSchema),
  numbers: z.array(numberSchema),
  pairs: z.array(pairSchema),
  tags: z.array(z.string()),
  versionNumber: z.number(),
  version: z.number(),
  answered: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Question = z.infer<typeof questionSchema>;

export const CHECK_STATES = ['correct', 'partial', 'wrong', 'unanswered'] as const;
export type CheckState = (typeof CHECK_STATES)[number];

/** How the server marked a tried answer in the preview. */
export const checkResultSchema = z.object({
  fraction: z.number(),
  state: z.enum(CHECK_STATES),
  feedback: nullable(z.string()),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

/**
 * An answer in the question's own terms: the index of a choice (single choice, true/false: 0 true,
 * 1 false), indexes (multiple choice), a string (short answer, numerical) or, for matching, the
 * index of each pair with a prompt → the index of the pair whose answer was chosen.
 */
export type Answer = number | number[] | string | Record<string, number>;

/** A question file read but not saved yet (`preview`), or saved (`confirmed`, with `created`). */
export const questionImportSchema = z.object({
  id: z.number(),
  fileName: z.string(),
  format: z.enum(['gift', 'moodle_xml']),
  status: z.enum(['preview', 'confirmed']),
  questions: z.array(z.object({ line: z.number(), position: z.number(), type: z.enum(QUESTION_TYPES), category: z.array(z.string()), name: z.string() })),
  countsByType: z.partialRecord(z.enum(QUESTION_TYPES), z.number()),
  /** Questions of a type the bank does not have (an essay, a cloze); `type` is the file's own word. */
  unsupported: z.array(z.object({ type: z.string(), name: z.string(), line: z.number(), position: z.number() })),
  problems: z.array(z.object({ line: z.number(), position: z.number(), code: z.string(), message: z.string() })),
  created: nullable(z.number()),
});
export type QuestionImport = z.infer<typeof questionImportSchema>;

/** What the import takes: GIFT (often saved as .txt) and Moodle XML. */
export const QUESTION_FILE_ACCEPT = '.gift,.txt,.xml';

export const STALE_VERSION = 'stale_version';

export const EXPORT_FORMATS = ['gift', 'moodle-xml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where the bank downloads from (a plain link: the browser saves the attachment). */
export function exportHref(programId: number, format: ExportFormat, categoryId?: number) {
  const query = new URLSearchParams({ format });
  if (categoryId !== undefined) query.set('category', String(categoryId));
  return `/api/programs/${encodeURIComponent(programId)}/questions/export?${query.toString()}`;
}

export const assessmentQueryKey = ['assessment'] as const;
export const categoriesQueryKey = (programId: number) => ['assessment', 'categories', programId] as const;
export const questionsQueryKey = (programId: number) => ['assessment', 'questions', programId] as const;
export const questionQueryKey = (id: number) => ['assessment', 'question', id] as const;
