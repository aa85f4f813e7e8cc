import { z } from 'zod';

/** The contract says `null`; the server may also omit the property, which means the same. */
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const GRADINGS = ['highest', 'last', 'first', 'average'] as const;
export const LAYOUTS = ['one_per_page', 'all_on_one_page'] as const;
export const REVIEW_MOMENTS = ['afterSubmit', 'afterClose'] as const;
export const REVIEW_ITEMS = ['score', 'answers', 'correctAnswers', 'feedback'] as const;
export type Grading = (typeof GRADINGS)[number];
export type Layout = (typeof LAYOUTS)[number];
export type ReviewMoment = (typeof REVIEW_MOMENTS)[number];
export type ReviewItem = (typeof REVIEW_ITEMS)[number];

/** What a learner is shown of an attempt: score, their answers, the correct answers, feedback. */
export const showsSchema = z.object({
  score: z.boolean(),
  answers: z.boolean(),
  correctAnswers: z.boolean(),
  feedback: z.boolean(),
});
export type Shows = z.infer<typeof showsSchema>;
export const reviewSchema = z.object({ afterSubmit: showsSchema, afterClose: showsSchema });
export type ReviewPolicy = z.infer<typeof reviewSchema>;

/** The viewer's own standing in a quiz (learners); null for staff. */
export const myQuizSchema = z.object({
  attemptsUsed: z.number(),
  attemptsLeft: nullable(z.number()),
  inProgressAttemptId: nullable(z.number()),
  /** Graded %, when the review policy shows scores. */
  score: nullable(z.number()),
  passed: nullable(z.boolean()),
});

export const quizSummarySchema = z.object({
  id: z.number(),
  programId: z.number(),
  title: z.string(),
  /** null: the program's final test. */
  moduleId: nullable(z.number()),
  published: z.boolean(),
  passMark: z.number(),
  questionCount: z.number(),
  /** null: unlimited. */
  attemptsAllowed: nullable(z.number()),
  timeLimitMinutes: nullable(z.number()),
  opensAt: nullable(z.string()),
  closesAt: nullable(z.string()),
  open: z.boolean(),
  me: nullable(myQuizSchema),
});
export type QuizSummary = z.infer<typeof quizSummarySchema>;

export const quizQuestionSchema = z.object({
  questionId: z.number(),
  name: z.string(),
  type: z.string(),
  mark: nullable(z.number()),
});
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

export const randomDrawSchema = z.object({
  categoryId: z.number(),
  count: z.number(),
  includeSubcategories: z.boolean(),
});
export type RandomDraw = z.infer<typeof randomDrawSchema>;

/** QuizView: the summary and its settings; the settings only staff need are null for learners. */
export const quizSchema = quizSummarySchema.extend({
  description: z.string().nullish().transform((value) => value ?? ''),
  grading: z.enum(GRADINGS),
  shuffleQuestions: z.boolean(),
  shuffleChoices: z.boolean(),
  layout: z.enum(LAYOUTS),
  review: reviewSchema,
  questions: nullable(z.array(quizQuestionSchema)),
  randomDraws: nullable(z.array(randomDrawSchema)),
  totalMarks: nullable(z.number()),
  attemptCount: nullable(z.number()),
  version: nullable(z.number()),
  canEdit: z.boolean(),
});
export type Quiz = z.infer<typeof quizSchema>;

/** The body of `POST /api/programs/{id}/quizzes` and (with `version`) `PUT /api/quizzes/{id}`. */
export interface QuizRequest {
  title: string;
  description: string;
  moduleId: number | null;
  passMark: number;
  attemptsAllowed: number | null;
  grading: Grading;
  timeLimitMinutes: number | null;
  opensAt: string | null;
  closesAt: string | null;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  layout: Layout;
  questions: { questionId: number; mark: number | null }[];
  randomDraws: RandomDraw[];
  review: ReviewPolicy;
  published: boolean;
}

// ---- Attempts ----

export const ATTEMPT_STATUSES = ['in_progress', 'submitted'] as const;
export const REVIEW_STATES = ['correct', 'partial', 'wrong', 'unanswered'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** An answer as the server keeps it: a choice id, choice ids, text, or `{ promptId: choiceId }`. */
export type Answer = number | number[] | string | Record<string, number>;
const answerSchema: z.ZodType<Answer> = z.union([
  z.number(),
  z.array(z.number()),
  z.string(),
  z.record(z.string(), z.number()),
]);

const optionSchema = z.object({ id: z.number(), text: z.string() });
export type AttemptOption = z.infer<typeof optionSchema>;

export const questionReviewSchema = z.object({
  /** Null where the review policy does not show scores. */
  score: nullable(z.number()),
  state: nullable(z.enum(REVIEW_STATES)),
  feedback: nullable(z.string()),
  correctAnswer: nullable(answerSchema),
  generalFeedback: nullable(z.string()),
});
export type QuestionReview = z.infer<typeof questionReviewSchema>;

export const attemptQuestionSchema = z.object({
  id: z.number(),
  position: z.number(),
  type: z.string(),
  /** HTML, sanitized by the server (and again by SafeHtml). */
  text: z.string(),
  mark: z.number(),
  choices: nullable(z.array(optionSchema)),
  prompts: nullable(z.array(optionSchema)),
  answer: nullable(answerSchema),
  review: nullable(questionReviewSchema),
});
export type AttemptQuestion = z.infer<typeof attemptQuestionSchema>;

export const attemptSchema = z.object({
  id: z.number(),
  quizId: z.number(),
  quizTitle: z.string(),
  number: z.number(),
  status: z.enum(ATTEMPT_STATUSES),
  startedAt: z.string(),
  deadline: nullable(z.string()),
  serverNow: z.string(),
  submittedAt: nullable(z.string()),
  layout: z.enum(LAYOUTS),
  questions: z.array(attemptQuestionSchema),
  score: nullable(z.number()),
  passed: nullable(z.boolean()),
  shows: showsSchema,
});
export type Attempt = z.infer<typeof attemptSchema>;

export const savedAnswerSchema = z.object({
  questionId: z.number(),
  clientSeq: z.number(),
  savedAt: z.string(),
  saved: z.boolean(),
});
export type SavedAnswer = z.infer<typeof savedAnswerSchema>;

// ---- Staff: results and analysis ----

export const staffAttemptSchema = z.object({
  id: z.number(),
  userId: z.number(),
  fullName: z.string(),
  number: z.number(),
  status: z.enum(ATTEMPT_STATUSES),
  startedAt: z.string(),
  submittedAt: nullable(z.string()),
  score: nullable(z.number()),
  passed: nullable(z.boolean()),
});
export type StaffAttempt = z.infer<typeof staffAttemptSchema>;

export const analysisSchema = z.object({
  attempts: z.number(),
  questions: z.array(
    z.object({
      questionId: z.number(),
      name: z.string(),
      type: z.string(),
      facility: nullable(z.number()),
      discrimination: nullable(z.number()),
      choices: nullable(z.array(z.object({ text: z.string(), picked: z.number() }))),
    }),
  ),
});
export type Analysis = z.infer<typeof analysisSchema>;

// ---- The bank, read to pick questions (the assessment feature owns it) ----

export const bankQuestionSchema = z.object({
  id: z.number(),
  type: z.string(),
  name: z.string(),
  categoryId: z.number(),
  category: z.array(z.string()),
  tags: z.array(z.string()).nullish().transform((value) => value ?? []),
  versionNumber: z.number(),
  answered: z.number().nullish(),
  updatedAt: z.string(),
});
export type BankQuestion = z.infer<typeof bankQuestionSchema>;

export const bankCategorySchema = z.object({
  id: z.number(),
  parentId: nullable(z.number()),
  name: z.string(),
  path: z.array(z.string()),
  questionCount: z.number(),
});
export type BankCategory = z.infer<typeof bankCategorySchema>;

export const quizzesQueryKey = ['quizzes'] as const;
export const programQuizzesQueryKey = (programId: number) => ['quizzes', 'program', programId] as const;
export const quizQueryKey = (id: number) => ['quizzes', 'quiz', id] as const;
export const quizAttemptsQueryKey = (id: number) => ['quizzes', 'quiz', id, 'attempts'] as const;
export const quizAnalysisQueryKey = (id: number) => ['quizzes', 'quiz', id, 'analysis'] as const;
export const attemptQueryKey = (id: number) => ['quizzes', 'attempt', id] as const;
export const bankQuestionsQueryKey = (programId: number) => ['quizzes', 'bank', programId, 'questions'] as const;
export const bankCategoriesQueryKey = (programId: number) => ['quizzes', 'bank', programId, 'categories'] as const;

export const STALE_VERSION = 'stale_version';
