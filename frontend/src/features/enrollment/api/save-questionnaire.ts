import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { QUESTION_KINDS, questionnaireQueryKey, questionnaireSchema } from './schemas';

export const MAX_QUESTIONS = 50;
export const MAX_OPTIONS = 30;
export const MAX_LABEL_LENGTH = 500;
export const MAX_OPTION_LENGTH = 200;
export const QUESTION_ID_PATTERN = /^[a-z0-9_-]{1,40}$/;

export const questionnaireRequestSchema = z.object({
  questions: z
    .array(
      z.object({
        id: z.string().regex(QUESTION_ID_PATTERN),
        kind: z.enum(QUESTION_KINDS),
        label: z.string(),
        required: z.boolean(),
        options: z.array(z.string()).nullable(),
      }),
    )
    .max(MAX_QUESTIONS),
  allowReapply: z.boolean(),
  /** The version the editor loaded; the server refuses the save (409 stale_version) if it moved on. */
  version: z.number(),
});
export type QuestionnaireRequest = z.infer<typeof questionnaireRequestSchema>;

/**
 * `PUT /api/programs/{id}/questionnaire` (administrators and the program's trainers) → Questionnaire.
 * 400 names fields like `questions[2].options` (at_least_two_options) or `questions[1].id` (duplicate);
 * 409 stale_version when someone saved meanwhile.
 */
export function saveQuestionnaire({ programId, request }: { programId: number; request: QuestionnaireRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/questionnaire`, {
    method: 'PUT',
    body: questionnaireRequestSchema.parse(request),
    schema: questionnaireSchema,
  });
}

export function useSaveQuestionnaire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveQuestionnaire,
    onSuccess: (saved) => {
      queryClient.setQueryData(questionnaireQueryKey(saved.programId), saved);
    },
  });
}
