import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { questionnaireQueryKey, questionnaireSchema } from './schemas';

/** `GET /api/programs/{id}/questionnaire` (signed in) → the program's application questions. */
export function getQuestionnaire(programId: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/questionnaire`, {
    schema: questionnaireSchema,
    signal,
  });
}

export function useQuestionnaire(programId: number) {
  return useQuery({
    queryKey: questionnaireQueryKey(programId),
    queryFn: ({ signal }) => getQuestionnaire(programId, signal),
    enabled: Number.isInteger(programId) && programId > 0,
  });
}
