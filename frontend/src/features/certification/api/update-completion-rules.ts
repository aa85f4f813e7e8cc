import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificationKeys, completionRulesSchema, type CompletionRules } from './schemas';

/** `PUT /api/programs/{id}/completion-rules` with the `version` it was read at → CompletionRules; 409 stale_version. */
export function updateCompletionRules({ programId, rules }: { programId: number; rules: CompletionRules }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/completion-rules`, {
    method: 'PUT',
    body: rules,
    schema: completionRulesSchema,
  });
}

export function useUpdateCompletionRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCompletionRules,
    onSuccess: (rules, { programId }) => {
      queryClient.setQueryData(certificationKeys.rules(programId), rules);
      // what each learner has left depends on the rules
      void queryClient.invalidateQueries({ queryKey: certificationKeys.programProgress(programId) });
    },
  });
}
