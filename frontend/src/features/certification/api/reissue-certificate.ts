import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificatesChanged } from './certificate-changed';
import { certificateSchema } from './schemas';

/** `POST /api/certificates/{id}/reissue` `{reason}` → 201 the new Certificate; the old one becomes `replaced`. */
export function reissueCertificate({ id, reason }: { id: number; programId: number; reason: string }) {
  return apiRequest(`/api/certificates/${encodeURIComponent(id)}/reissue`, { method: 'POST', body: { reason }, schema: certificateSchema });
}

export function useReissueCertificate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reissueCertificate, onSettled: (_data, _error, { programId }) => certificatesChanged(queryClient, programId) });
}
