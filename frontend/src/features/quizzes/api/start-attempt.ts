import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { attemptQueryKey, attemptSchema, quizzesQueryKey } from './schemas';

export const QUIZ_NOT_OPEN = 'quiz_not_open';
export const NO_ATTEMPTS_LEFT = 'no_attempts_left';

/** `POST /api/quizzes/{id}/attempts` → 201 a new attempt, or 200 the one in progress; 409 quiz_not_open / no_attempts_left. */
export function startAttempt(quizId: number) {
  return apiRequest(`/api/quizzes/${encodeURIComponent(quizId)}/attempts`, { method: 'POST', schema: attemptSchema });
}

export function useStartAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startAttempt,
    onSuccess: (attempt) => {
      queryClient.setQueryData(attemptQueryKey(attempt.id), attempt);
      void queryClient.invalidateQueries({ queryKey: quizzesQueryKey });
    },
  });
}
