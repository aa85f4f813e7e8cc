import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { analysisSchema, quizAnalysisQueryKey } from './schemas';

/** `GET /api/quizzes/{id}/analysis` → each question's facility, discrimination and choice picks (staff). */
export function getQuizAnalysis(quizId: number, signal?: AbortSignal) {
  return apiRequest(`/api/quizzes/${encodeURIComponent(quizId)}/analysis`, { schema: analysisSchema, signal });
}

export function useQuizAnalysis(quizId: number) {
  return useQuery({ queryKey: quizAnalysisQueryKey(quizId), queryFn: ({ signal }) => getQuizAnalysis(quizId, signal) });
}
