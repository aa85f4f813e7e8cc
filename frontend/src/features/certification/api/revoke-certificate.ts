import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificatesChanged } from './certificate-changed';
import { certificateSchema, certificationKeys } from './schemas';

/** `POST /api/certificates/{id}/revoke` `{reason}` → the revoked Certificate. */
export function revokeCertificate({ id, reason }: { id: number; programId: number; reason: string }) {
  return apiRequest(`/api/certificates/${encodeURIComponent(id)}/revoke`, { method: 'POST', body: { reason }, schema: certificateSchema });
}

export function useRevokeCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCertificate,
    onSuccess: (certificate) => queryClient.setQueryData(certificationKeys.certificate(certificate.id), certificate),
    onSettled: (_data, _error, { programId }) => certificatesChanged(queryClient, programId),
  });
}
