import type { QuestionnaireRequest } from '../api/save-questionnaire';
import type { Question, Questionnaire } from '../api/schemas';

export type QuestionKind = Question['kind'];

export interface DraftOption {
  /** Local key so that removing an option keeps the others' inputs in place. */
  key: number;
  value: string;
}

/** A question as the editor holds it: options stay around while the kind is not a choice. */
export interface DraftQuestion {
  /** Answers refer to it: an existing question keeps its id, a new one gets a fresh one. */
  id: string;
  kind: QuestionKind;
  label: string;
  required: boolean;
  options: DraftOption[];
}

export interface Draft {
  questions: DraftQuestion[];
  allowReapply: boolean;
}

export const isChoice = (kind: QuestionKind) => kind === 'single_choice' || kind === 'multiple_choice';

let optionKeys = 0;
export const newOption = (value = ''): DraftOption => ({ key: ++optionKeys, value });

export function toDraft(questionnaire: Questionnaire): Draft {
  return {
    questions: questionnaire.questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      label: question.label,
      required: question.required,
      options: (question.options ?? []).map((option) => newOption(option)),
    })),
    allowReapply: questionnaire.allowReapply,
  };
}

/** `q1`, `q2`, … : the first one no current or earlier question of this questionnaire uses. */
export function nextQuestionId(taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`q${n}`)) n++;
  return `q${n}`;
}

/** The body of the save, without the version. */
export function toRequest(draft: Draft): Omit<QuestionnaireRequest, 'version'> {
  return {
    questions: draft.questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      label: question.label.trim(),
      required: question.required,
      options: isChoice(question.kind) ? question.options.map((option) => option.value.trim()) : null,
    })),
    allowReapply: draft.allowReapply,
  };
}

/** Error keys: `<questionId>` (the card), `<questionId>.label`, `<questionId>.options`, `<questionId>.options.<optionKey>`. */
export type DraftErrors = Record<string, string>;

export interface ValidationMessages {
  required: string;
  atLeastTwoOptions: string;
  duplicateOption: string;
}

/** What the server would refuse anyway, said before sending and next to the right input. */
export function validateDraft(draft: Draft, messages: ValidationMessages): DraftErrors {
  const errors: DraftErrors = {};
  for (const question of draft.questions) {
    if (question.label.trim() === '') errors[`${question.id}.label`] = messages.required;
    if (!isChoice(question.kind)) continue;
    const seen = new Set<string>();
    for (const option of question.options) {
      const value = option.value.trim();
      if (value === '') errors[`${question.id}.options.${option.key}`] = messages.required;
      else if (seen.has(value)) errors[`${question.id}.options.${option.key}`] = messages.duplicateOption;
      seen.add(value);
    }
    if (question.options.length < 2) errors[`${question.id}.options`] = messages.atLeastTwoOptions;
  }
  return errors;
}

/**
 * Places the server's field errors (`questions[2].label`, `questions[2].options[1]`, …) on the
 * question that was at that index when the draft was sent. Anything else comes back as `general`.
 */
export function placeServerErrors(
  errors: { field: string; message: string }[],
  sent: DraftQuestion[],
): { placed: DraftErrors; general: string[] } {
  const placed: DraftErrors = {};
  const general: string[] = [];
  for (const error of errors) {
    const match = /^questions\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?/.exec(error.field);
    const question = match ? sent[Number(match[1])] : undefined;
    if (!match || !question) {
      general.push(error.message);
      continue;
    }
    const [, , property, optionIndex] = match;
    let key = question.id;
    if (property === 'label') key = `${question.id}.label`;
    else if (property === 'options') {
      const option = optionIndex === undefined ? undefined : question.options[Number(optionIndex)];
      key = option ? `${question.id}.options.${option.key}` : `${question.id}.options`;
    }
    if (!(key in placed)) placed[key] = error.message;
  }
  return { placed, general };
}
