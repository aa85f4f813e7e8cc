import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { quizQueryKey } from './schemas';

/** `POST /api/quizzes/{id}/regrade` → how many attempts were graded again with the questions as they are now. */
export function regradeQuiz(quizId: number) {
  return apiRequest(`/api/quizzes/${encodeURIComponent(quizId)}/regrade`, { method: 'POST', schema: z.object({ regraded: z.number() }) });
}

export function useRegradeQuiz() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regradeQuiz,
    // The attempts, the analysis and the quiz's own counts all change.
    onSuccess: (_result, quizId) => void queryClient.invalidateQueries({ queryKey: quizQueryKey(quizId) }),
  });
}
