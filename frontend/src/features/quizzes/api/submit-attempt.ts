import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { isApiError } from '../../../lib/problem';
import { attemptQueryKey, attemptSchema, quizzesQueryKey } from './schemas';

/** `POST /api/attempts/{id}/submit` → the submitted AttemptView; sending it again answers the same. */
export function submitAttempt(attemptId: number) {
  return apiRequest(`/api/attempts/${encodeURIComponent(attemptId)}/submit`, { method: 'POST', schema: attemptSchema });
}

export function useSubmitAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitAttempt,
    // A lost answer on a weak link: the submit is repeatable, so trying again is safe; a refusal is final.
    retry: (failureCount, error) => failureCount < 2 && isApiError(error) && (error.status === 0 || error.status >= 500),
    onSuccess: (attempt) => {
      queryClient.setQueryData(attemptQueryKey(attempt.id), attempt);
      void queryClient.invalidateQueries({ queryKey: quizzesQueryKey, predicate: (query) => query.queryKey[1] !== 'attempt' });
    },
  });
}
