import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { quizQueryKey, quizSchema } from './schemas';

/** `GET /api/quizzes/{id}` → QuizView; 404 when it does not exist or the viewer may not see it. */
export function getQuiz(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/quizzes/${encodeURIComponent(id)}`, { schema: quizSchema, signal });
}

export function useQuiz(id: number) {
  return useQuery({
    queryKey: quizQueryKey(id),
    queryFn: ({ signal }) => getQuiz(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Reads the quiz's current version from the server (after a save refused as stale). */
export function useReloadQuiz() {
  const queryClient = useQueryClient();
  return (id: number) => queryClient.fetchQuery({ queryKey: quizQueryKey(id), queryFn: ({ signal }) => getQuiz(id, signal), staleTime: 0 });
}
