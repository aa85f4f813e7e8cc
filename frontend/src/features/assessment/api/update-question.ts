import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { bankChanged } from './bank-changed';
import { questionQueryKey, questionSchema, type QuestionRequest } from './schemas';

/**
 * `PUT /api/questions/{id}` with the `version` it was read at → the question (a new version of it
 * when it has been answered); 409 stale_version.
 */
export function updateQuestion({ id, version, request }: { id: number; version: number; request: QuestionRequest }) {
  return apiRequest(`/api/questions/${encodeURIComponent(id)}`, { method: 'PUT', body: { ...request, version }, schema: questionSchema });
}

export function useUpdateQuestion(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateQuestion,
    onSuccess: (question) => {
      queryClient.setQueryData(questionQueryKey(question.id), question);
      return bankChanged(queryClient, programId);
    },
  });
}
