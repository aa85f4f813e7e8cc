import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificatesChanged } from './certificate-changed';
import { certificateSchema } from './schemas';

/** `POST /api/programs/{id}/certificates` `{userId, reason}` → 201 Certificate: a manual issue; 409 already_certified. */
export function issueCertificate({ programId, userId, reason }: { programId: number; userId: number; reason: string }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/certificates`, {
    method: 'POST',
    body: { userId, reason },
    schema: certificateSchema,
  });
}

export function useIssueCertificate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: issueCertificate, onSettled: (_data, _error, { programId }) => certificatesChanged(queryClient, programId) });
}
