import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { formPath } from '../../../../lib/form/server-errors';
import type { Question, QuestionRequest, QuestionType } from '../../api/schemas';

/** A choice (single or multiple choice) or an accepted answer (short answer); `grade` is a percent. */
export interface ChoiceRow {
  /** Keeps a row's inputs when rows above it are removed. */
  key: string;
  text: string;
  grade: string;
  feedback: string;
}

export interface NumberRow {
  key: string;
  value: string;
  tolerance: string;
  grade: string;
  feedback: string;
}

/** A matching pair, or a distractor: an answer with no prompt, offered among the others to choose from. */
export interface PairRow {
  key: string;
  distractor: boolean;
  prompt: string;
  answer: string;
}

export interface QuestionValues {
  type: QuestionType;
  categoryId: string | null;
  name: string;
  /** HTML, as the rich-text editor writes it. */
  text: string;
  feedback: string;
  mark: number | string;
  /** Percent taken off for each wrong try. */
  penalty: string;
  shuffle: boolean;
  caseSensitive: boolean;
  choices: ChoiceRow[];
  /** True/false: the right statement and the feedback on each. */
  correct: 'true' | 'false';
  trueFeedback: string;
  falseFeedback: string;
  numbers: NumberRow[];
  pairs: PairRow[];
  tags: string[];
}

/** The grades a choice can give, as Moodle offers them (percent). */
const POSITIVE_GRADES = [
  '100', '90', '83.33333', '80', '75', '70', '66.66667', '60', '50', '40', '33.33333', '30',
  '25', '20', '16.66667', '14.28571', '12.5', '11.11111', '10', '5',
];
export const GRADES = [...POSITIVE_GRADES, '0', ...POSITIVE_GRADES.toReversed().map((grade) => `-${grade}`)];
/** Short answers and numbers take no negative grades. */
export const NON_NEGATIVE_GRADES = [...POSITIVE_GRADES, '0'];
export const PENALTIES = ['100', '50', '33.33333', '25', '20', '10', '0'];

let rowCount = 0;
const nextKey = () => `row-${++rowCount}`;
export const newChoice = (grade = '0'): ChoiceRow => ({ key: nextKey(), text: '', grade, feedback: '' });
export const newNumber = (grade = '0'): NumberRow => ({ key: nextKey(), value: '', tolerance: '0', grade, feedback: '' });
export const newPair = (distractor = false): PairRow => ({ key: nextKey(), distractor, prompt: '', answer: '' });

/** Percent (as a select shows it) from a fraction in [-1, 1]: 0.3333333 → "33.33333". */
export const toPercent = (fraction: number) => String(Math.round(fraction * 1e7) / 1e5);
/** A fraction in [-1, 1] from a percent, to 7 decimals as the server keeps it. */
export const toFraction = (percent: string) => Math.round(Number(percent) * 1e5) / 1e7;

/** The rows a new question of each type starts with. */
function startingRows(type: QuestionType): Pick<QuestionValues, 'choices' | 'numbers' | 'pairs'> {
  return {
    choices:
      type === 'single_choice' || type === 'multiple_choice'
        ? [newChoice(), newChoice(), newChoice()]
        : type === 'short_answer'
          ? [newChoice('100')]
          : [],
    numbers: type === 'numerical' ? [newNumber('100')] : [],
    pairs: type === 'matching' ? [newPair(), newPair()] : [],
  };
}

export function initialValues(type: QuestionType, categoryId: number | null): QuestionValues {
  return {
    type,
    categoryId: categoryId === null ? null : String(categoryId),
    name: '',
    text: '',
    feedback: '',
    mark: 1,
    penalty: type === 'true_false' ? '100' : '33.33333',
    shuffle: true,
    caseSensitive: false,
    correct: 'true',
    trueFeedback: '',
    falseFeedback: '',
    tags: [],
    ...startingRows(type),
  };
}

export function valuesOf(question: Question): QuestionValues {
  const trueChoice = question.choices.find((choice) => choice.text === 'true');
  const falseChoice = question.choices.find((choice) => choice.text === 'false');
  const isChoiceList = question.type !== 'true_false';
  return {
    type: question.type,
    categoryId: String(question.categoryId),
    name: question.name,
    text: question.text,
    feedback: question.feedback ?? '',
    mark: question.mark,
    penalty: toPercent(question.penalty),
    shuffle: question.shuffle,
    caseSensitive: question.caseSensitive,
    choices: isChoiceList
      ? question.choices.map((choice) => ({ key: nextKey(), text: choice.text, grade: toPercent(choice.fraction), feedback: choice.feedback ?? '' }))
      : [],
    correct: (falseChoice?.fraction ?? 0) > (trueChoice?.fraction ?? 0) ? 'false' : 'true',
    trueFeedback: trueChoice?.feedback ?? '',
    falseFeedback: falseChoice?.feedback ?? '',
    numbers: question.numbers.map((number) => ({
      key: nextKey(),
      value: String(number.value),
      tolerance: String(number.tolerance),
      grade: toPercent(number.fraction),
      feedback: number.feedback ?? '',
    })),
    pairs: question.pairs.map((pair) => ({ key: nextKey(), distractor: isBlankHtml(pair.prompt), prompt: pair.prompt, answer: pair.answer })),
    tags: question.tags,
  };
}

/** Whether the editor's HTML shows nothing: no text and no picture (an empty editor writes `<p></p>`). */
export function isBlankHtml(html: string): boolean {
  if (/<img\b/i.test(html)) return false;
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim() === '';
}

const htmlOrNull = (html: string) => (isBlankHtml(html) ? null : html);
/** "3,5" as well as "3.5": a decimal comma is what most people here type. */
export const parseDecimal = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

export function toRequest(values: QuestionValues): QuestionRequest {
  const { type } = values;
  const choices =
    type === 'true_false'
      ? [
          { text: 'true', fraction: values.correct === 'true' ? 1 : 0, feedback: htmlOrNull(values.trueFeedback) },
          { text: 'false', fraction: values.correct === 'false' ? 1 : 0, feedback: htmlOrNull(values.falseFeedback) },
        ]
      : values.choices.map((choice) => ({
          text: type === 'short_answer' ? choice.text.trim() : choice.text,
          fraction: toFraction(choice.grade),
          feedback: htmlOrNull(choice.feedback),
        }));
  return {
    categoryId: Number(values.categoryId),
    type,
    name: values.name.trim(),
    text: values.text,
    feedback: htmlOrNull(values.feedback),
    mark: Number(values.mark),
    penalty: toFraction(values.penalty),
    shuffle: values.shuffle,
    caseSensitive: type === 'short_answer' && values.caseSensitive,
    choices: type === 'numerical' || type === 'matching' ? [] : choices,
    numbers:
      type === 'numerical'
        ? values.numbers.map((number) => ({
            value: parseDecimal(number.value),
            tolerance: parseDecimal(number.tolerance),
            fraction: toFraction(number.grade),
            feedback: htmlOrNull(number.feedback),
          }))
        : [],
    pairs: type === 'matching' ? values.pairs.map((pair) => ({ prompt: pair.distractor ? '' : pair.prompt, answer: pair.answer.trim() })) : [],
    tags: values.tags,
  };
}

/** The server's field (`choices[1].text`) as the form's path; true/false keeps its two choices apart. */
export function questionFormPath(type: QuestionType) {
  return (serverField: string) => {
    const path = formPath(serverField).replace(/\.fraction$/, '.grade');
    if (type !== 'true_false') return path;
    if (path === 'choices.0.feedback') return 'trueFeedback';
    if (path === 'choices.1.feedback') return 'falseFeedback';
    return path.startsWith('choices') ? 'correct' : path;
  };
}

const isChoiceType = (type: QuestionType) => type === 'single_choice' || type === 'multiple_choice';
const sum = (grades: number[]) => grades.reduce((total, grade) => total + grade, 0);

/** The rules the server holds a question to, checked before sending so the person learns them at once. */
export function validate(values: QuestionValues, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  const required = t('validation.required');
  const v = (key: string) => t(`assessment.validation.${key}` as 'assessment.validation.choicesMin');
  if (!values.categoryId) errors.categoryId = required;
  if (!values.name.trim()) errors.name = required;
  else if (values.name.trim().length > 255) errors.name = v('nameTooLong');
  if (isBlankHtml(values.text)) errors.text = required;
  if (!(Number(values.mark) > 0)) errors.mark = v('markPositive');

  const { type } = values;
  if (isChoiceType(type) || type === 'short_answer') {
    values.choices.forEach((choice, index) => {
      if (type === 'short_answer' ? !choice.text.trim() : isBlankHtml(choice.text)) errors[`choices.${index}.text`] = v('rowEmpty');
    });
    const grades = values.choices.map((choice) => Number(choice.grade));
    if (isChoiceType(type) && values.choices.length < 2) errors.choices = v('choicesMin');
    else if (values.choices.length === 0) errors.choices = v('answersMin');
    else if (type === 'multiple_choice') {
      if (Math.abs(sum(grades.filter((grade) => grade > 0)) - 100) > 0.01) errors.choices = v('multipleSum');
    } else if (!grades.some((grade) => grade === 100)) errors.choices = v(type === 'short_answer' ? 'answerFull' : 'choiceFull');
  }
  if (type === 'numerical') {
    values.numbers.forEach((number, index) => {
      if (!Number.isFinite(parseDecimal(number.value))) errors[`numbers.${index}.value`] = v('notNumber');
      const tolerance = parseDecimal(number.tolerance);
      if (!Number.isFinite(tolerance) || tolerance < 0) errors[`numbers.${index}.tolerance`] = v('toleranceInvalid');
    });
    if (values.numbers.length === 0) errors.numbers = v('answersMin');
    else if (!values.numbers.some((number) => Number(number.grade) === 100)) errors.numbers = v('answerFull');
  }
  if (type === 'matching') {
    values.pairs.forEach((pair, index) => {
      if (!pair.distractor && isBlankHtml(pair.prompt)) errors[`pairs.${index}.prompt`] = required;
      if (!pair.answer.trim()) errors[`pairs.${index}.answer`] = required;
    });
    if (values.pairs.filter((pair) => !pair.distractor).length < 2) errors.pairs = v('pairsMin');
  }
  return errors;
}
