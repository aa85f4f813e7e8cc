import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { bankChanged } from './bank-changed';
import { questionQueryKey, questionSchema, type QuestionRequest } from './schemas';

/** `POST /api/programs/{id}/questions` → 201 the question; 400 with field errors, or field `question` question_invalid. */
export function createQuestion({ programId, request }: { programId: number; request: QuestionRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/questions`, { method: 'POST', body: request, schema: questionSchema });
}

export function useCreateQuestion(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: QuestionRequest) => createQuestion({ programId, request }),
    onSuccess: (question) => {
      queryClient.setQueryData(questionQueryKey(question.id), question);
      return bankChanged(queryClient, programId);
    },
  });
}
