import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { quizChanged } from './quiz-changed';
import { quizSchema, type QuizRequest } from './schemas';

/** `POST /api/programs/{id}/quizzes` (QuizRequest) → 201 QuizView. */
export function createQuiz({ programId, request }: { programId: number; request: QuizRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/quizzes`, { method: 'POST', body: request, schema: quizSchema });
}

export function useCreateQuiz() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createQuiz, onSuccess: (quiz) => quizChanged(queryClient, quiz) });
}
