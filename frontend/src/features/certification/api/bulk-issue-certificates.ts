import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificatesChanged } from './certificate-changed';
import { bulkIssueResultSchema } from './schemas';

/** `POST /api/programs/{id}/certificates/bulk` → `{issued, alreadyCertified, notComplete}`; may take several seconds. */
export function bulkIssueCertificates(programId: number) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/certificates/bulk`, { method: 'POST', schema: bulkIssueResultSchema });
}

export function useBulkIssueCertificates(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => bulkIssueCertificates(programId), onSettled: () => certificatesChanged(queryClient, programId) });
}
