import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificationKeys, completionRulesSchema } from './schemas';

/** `GET /api/programs/{id}/completion-rules` → CompletionRules. */
export function getCompletionRules(programId: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/completion-rules`, { schema: completionRulesSchema, signal });
}

export function useCompletionRules(programId: number) {
  return useQuery({ queryKey: certificationKeys.rules(programId), queryFn: ({ signal }) => getCompletionRules(programId, signal) });
}

/** Reads the rules' current version (after a save refused as stale). */
export function useReloadCompletionRules() {
  const queryClient = useQueryClient();
  return (programId: number) =>
    queryClient.fetchQuery({ queryKey: certificationKeys.rules(programId), queryFn: ({ signal }) => getCompletionRules(programId, signal), staleTime: 0 });
}
