import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applicationSchema, myProgramsQueryKey } from './schemas';

/** `POST /api/applications/{id}/withdraw` → Application; 409 application_closed. */
export function withdrawApplication(applicationId: number) {
  return apiRequest(`/api/applications/${encodeURIComponent(applicationId)}/withdraw`, {
    method: 'POST',
    schema: applicationSchema,
  });
}

export function useWithdrawApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawApplication,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: myProgramsQueryKey });
    },
  });
}
