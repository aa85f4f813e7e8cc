import type { TFunction } from 'i18next';
import { z } from 'zod';
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

/** What the server would refuse anyway, said before sending and next to the right input. */
export function draftSchema(t: TFunction) {
  const required = t('validation.required');
  const question = z
    .object({
      id: z.string(),
      kind: z.string(),
      label: z.string().trim().min(1, required),
      required: z.boolean(),
      options: z.array(z.object({ key: z.number(), value: z.string() })),
    })
    .superRefine((draft, context) => {
      if (!isChoice(draft.kind as QuestionKind)) return;
      const seen = new Set<string>();
      draft.options.forEach((option, index) => {
        const value = option.value.trim();
        const path = ['options', index, 'value'];
        if (value === '') context.addIssue({ code: 'custom', path, message: required });
        else if (seen.has(value))
          context.addIssue({ code: 'custom', path, message: t('enrollment.questionnaireEditor.duplicateOption') });
        seen.add(value);
      });
      if (draft.options.length < 2)
        context.addIssue({ code: 'custom', path: ['options'], message: t('enrollment.questionnaireEditor.atLeastTwoOptions') });
    });
  return z.object({ questions: z.array(question), allowReapply: z.boolean() });
}
