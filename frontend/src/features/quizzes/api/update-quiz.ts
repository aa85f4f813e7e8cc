import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { quizChanged } from './quiz-changed';
import { quizSchema, type QuizRequest } from './schemas';

/** `PUT /api/quizzes/{id}` with the `version` it was read at → QuizView; 409 stale_version. */
export function updateQuiz({ id, version, request }: { id: number; version: number | null; request: QuizRequest }) {
  return apiRequest(`/api/quizzes/${encodeURIComponent(id)}`, { method: 'PUT', body: { ...request, version }, schema: quizSchema });
}

export function useUpdateQuiz() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateQuiz, onSuccess: (quiz) => quizChanged(queryClient, quiz) });
}
