import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { instantToZonedInput, zonedInputToInstant } from '../../../lib/dates';
import { GRADINGS, LAYOUTS, type Grading, type Layout, type Quiz, type QuizRequest, type ReviewPolicy } from '../api/schemas';

/** Dates are typed on the wall clock of the person's own zone. */
export const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Kyiv';

export interface PickedQuestion {
  questionId: number;
  name: string;
  type: string;
  /** Empty: the question's own default mark. */
  mark: string;
}

export interface DrawValues {
  key: string;
  categoryId: string | null;
  count: string;
  includeSubcategories: boolean;
}

export interface QuizValues {
  title: string;
  description: string;
  /** '' is the program's final test. */
  moduleId: string;
  passMark: string;
  /** Empty: unlimited. */
  attemptsAllowed: string;
  grading: Grading;
  timeLimitMinutes: string;
  opensAt: string | null;
  closesAt: string | null;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  layout: Layout;
  questions: PickedQuestion[];
  randomDraws: DrawValues[];
  review: ReviewPolicy;
  published: boolean;
}

let rows = 0;
export const newDrawRow = (): DrawValues => ({ key: `draw-${++rows}`, categoryId: null, count: '1', includeSubcategories: true });

const DEFAULT_REVIEW: ReviewPolicy = {
  afterSubmit: { score: true, answers: true, correctAnswers: false, feedback: true },
  afterClose: { score: true, answers: true, correctAnswers: true, feedback: true },
};

const text = (value: number | null) => (value === null ? '' : String(value));

export function initialValues(quiz: Quiz | null): QuizValues {
  const zone = localZone();
  return {
    title: quiz?.title ?? '',
    description: quiz?.description ?? '',
    moduleId: quiz?.moduleId == null ? '' : String(quiz.moduleId),
    passMark: quiz ? String(quiz.passMark) : '60',
    attemptsAllowed: quiz ? text(quiz.attemptsAllowed) : '1',
    grading: quiz?.grading ?? 'highest',
    timeLimitMinutes: quiz ? text(quiz.timeLimitMinutes) : '',
    opensAt: instantToZonedInput(quiz?.opensAt ?? null, zone),
    closesAt: instantToZonedInput(quiz?.closesAt ?? null, zone),
    shuffleQuestions: quiz?.shuffleQuestions ?? false,
    shuffleChoices: quiz?.shuffleChoices ?? true,
    layout: quiz?.layout ?? 'one_per_page',
    questions: (quiz?.questions ?? []).map((question) => ({
      questionId: question.questionId,
      name: question.name,
      type: question.type,
      mark: text(question.mark),
    })),
    randomDraws: (quiz?.randomDraws ?? []).map((draw) => ({
      ...newDrawRow(),
      categoryId: String(draw.categoryId),
      count: String(draw.count),
      includeSubcategories: draw.includeSubcategories,
    })),
    review: quiz?.review ?? DEFAULT_REVIEW,
    published: quiz?.published ?? false,
  };
}

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));

export function toRequest(values: QuizValues): QuizRequest {
  const zone = localZone();
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    moduleId: values.moduleId === '' ? null : Number(values.moduleId),
    passMark: Number(values.passMark),
    attemptsAllowed: numberOrNull(values.attemptsAllowed),
    grading: values.grading,
    timeLimitMinutes: numberOrNull(values.timeLimitMinutes),
    opensAt: zonedInputToInstant(values.opensAt, zone),
    closesAt: zonedInputToInstant(values.closesAt, zone),
    shuffleQuestions: values.shuffleQuestions,
    shuffleChoices: values.shuffleChoices,
    layout: values.layout,
    questions: values.questions.map((question) => ({ questionId: question.questionId, mark: numberOrNull(question.mark) })),
    randomDraws: values.randomDraws.map((draw) => ({
      categoryId: Number(draw.categoryId),
      count: Number(draw.count),
      includeSubcategories: draw.includeSubcategories,
    })),
    review: values.review,
    published: values.published,
  };
}

const whole = (value: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
  const number = Number(value);
  return value.trim() !== '' && Number.isInteger(number) && number >= min && number <= max;
};

/** What the form checks in each field before sending; the server checks the rest. */
export function quizValuesSchema(t: TFunction) {
  const required = t('validation.required');
  const optionalWhole = (message: string) => z.string().refine((value) => value.trim() === '' || whole(value, 1), message);
  const flags = z.object({ score: z.boolean(), answers: z.boolean(), correctAnswers: z.boolean(), feedback: z.boolean() });
  return z.object({
    title: z.string().trim().min(1, required).max(200, t('quizzes.form.tooLong', { max: 200 })),
    description: z.string(),
    moduleId: z.string(),
    passMark: z.string().refine((value) => whole(value, 0, 100), t('quizzes.form.passMarkRange')),
    attemptsAllowed: optionalWhole(t('quizzes.form.positiveWhole')),
    grading: z.enum(GRADINGS),
    timeLimitMinutes: optionalWhole(t('quizzes.form.positiveWhole')),
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
    shuffleQuestions: z.boolean(),
    shuffleChoices: z.boolean(),
    layout: z.enum(LAYOUTS),
    questions: z.array(
      z.object({
        questionId: z.number(),
        name: z.string(),
        type: z.string(),
        mark: z.string().refine((value) => value.trim() === '' || (Number(value) > 0 && Number.isFinite(Number(value))), t('quizzes.form.markPositive')),
      }),
    ),
    randomDraws: z.array(
      z.object({
        key: z.string(),
        categoryId: z.string({ error: required }).min(1, required),
        count: z.string().refine((value) => whole(value, 1), t('quizzes.form.positiveWhole')),
        includeSubcategories: z.boolean(),
      }),
    ),
    review: z.object({ afterSubmit: flags, afterClose: flags }),
    published: z.boolean(),
  });
}

/** Checks between fields, made even when others fail. */
export function crossFieldErrors(values: QuizValues, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  if (values.opensAt && values.closesAt && values.closesAt <= values.opensAt) errors.closesAt = t('quizzes.form.closesBeforeOpens');
  if (values.published && values.questions.length === 0 && values.randomDraws.length === 0) {
    errors.questions = t('quizzes.form.noQuestions');
  }
  const seen = new Set<string>();
  values.randomDraws.forEach((draw, index) => {
    if (draw.categoryId && seen.has(draw.categoryId)) errors[`randomDraws.${index}.categoryId`] = t('quizzes.form.drawTwice');
    if (draw.categoryId) seen.add(draw.categoryId);
  });
  return errors;
}

/** Server fields (`questions[0].mark`, `review.afterSubmit.score`) as form paths. */
export const toFormPath = (field: string) => field.replace(/\[(\d+)\]/g, '.$1');
