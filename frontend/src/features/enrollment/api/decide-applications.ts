import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { applicationsQueryKey, decidedSchema, DECISIONS, myProgramsQueryKey } from './schemas';

export const MAX_DECISION_IDS = 500;
export const MAX_DECISION_MESSAGE = 2000;

export const decisionRequestSchema = z.object({
  applicationIds: z.array(z.number()).min(1).max(MAX_DECISION_IDS),
  decision: z.enum(DECISIONS),
  message: z.string().max(MAX_DECISION_MESSAGE).optional(),
});
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;

/**
 * `POST /api/programs/{id}/applications/decisions` (administrators) → Decided; all or none.
 * 409 capacity_exceeded (field `applicationIds`, its message names the places left),
 * 409 application_withdrawn, 400 not_the_program_applications.
 */
export function decideApplications({ programId, request }: { programId: number; request: DecisionRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/applications/decisions`, {
    method: 'POST',
    body: decisionRequestSchema.parse(request),
    schema: decidedSchema,
  });
}

export function useDecideApplications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideApplications,
    onSettled: async (_data, _error, { programId }) => {
      // Also after a refusal: someone else may have changed the applications meanwhile.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationsQueryKey(programId) }),
        queryClient.invalidateQueries({ queryKey: myProgramsQueryKey }),
      ]);
    },
  });
}
