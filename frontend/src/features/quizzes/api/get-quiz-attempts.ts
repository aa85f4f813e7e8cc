import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { quizAttemptsQueryKey, staffAttemptSchema } from './schemas';

/** `GET /api/quizzes/{id}/attempts` → every attempt at the quiz (staff). */
export function getQuizAttempts(quizId: number, signal?: AbortSignal) {
  return apiRequest(`/api/quizzes/${encodeURIComponent(quizId)}/attempts`, { schema: z.array(staffAttemptSchema), signal });
}

export function useQuizAttempts(quizId: number) {
  return useQuery({ queryKey: quizAttemptsQueryKey(quizId), queryFn: ({ signal }) => getQuizAttempts(quizId, signal) });
}

/** Where the attempts table downloads as CSV or XLSX (plain links: the browser keeps the cookies). */
export const attemptsExportHref = (quizId: number, format: 'csv' | 'xlsx') => `/api/quizzes/${encodeURIComponent(quizId)}/attempts.${format}`;
