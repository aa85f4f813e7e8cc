import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programQuizzesQueryKey, quizQueryKey } from './schemas';

export const QUIZ_HAS_ATTEMPTS = 'quiz_has_attempts';

/** `DELETE /api/quizzes/{id}` → 204; 409 quiz_has_attempts once someone has taken it. */
export function deleteQuiz({ id }: { id: number; programId: number }) {
  return apiRequest(`/api/quizzes/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteQuiz() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteQuiz,
    onSuccess: (_nothing, { id, programId }) => {
      queryClient.removeQueries({ queryKey: quizQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: programQuizzesQueryKey(programId) });
    },
  });
}
