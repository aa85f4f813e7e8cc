import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { programQuizzesQueryKey, quizSummarySchema } from './schemas';

/** `GET /api/programs/{id}/quizzes` → QuizSummary[]: all for staff, the published ones for admitted participants. */
export function getProgramQuizzes(programId: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/quizzes`, { schema: z.array(quizSummarySchema), signal });
}

export function useProgramQuizzes(programId: number, enabled = true) {
  return useQuery({
    queryKey: programQuizzesQueryKey(programId),
    queryFn: ({ signal }) => getProgramQuizzes(programId, signal),
    enabled,
  });
}
