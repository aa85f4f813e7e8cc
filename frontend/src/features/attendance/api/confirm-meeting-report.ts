import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { historyQueryKey, registerQueryKey, reportImportSchema } from './schemas';

/** `POST /api/attendance-imports/{importId}/confirm` → the report, applied: its matched people land in the register. 409 import_already_applied. */
export function confirmMeetingReport({ importId }: { importId: number; sessionId: number }) {
  return apiRequest(`/api/attendance-imports/${encodeURIComponent(importId)}/confirm`, { method: 'POST', schema: reportImportSchema });
}

export function useConfirmMeetingReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmMeetingReport,
    // Also after a refusal (applied already, from another tab): the register is read afresh.
    onSettled: (_report, _error, { sessionId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: registerQueryKey(sessionId) }),
        queryClient.invalidateQueries({ queryKey: historyQueryKey(sessionId) }),
      ]),
  });
}
