import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificateDesignSchema, certificationKeys, type CertificateDesignRequest } from './schemas';

/** `PUT /api/programs/{id}/certificate-design` with the `version` it was read at; 409 stale_version, 400 for a bad image. */
export function updateCertificateDesign({ programId, design }: { programId: number; design: CertificateDesignRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/certificate-design`, {
    method: 'PUT',
    body: design,
    schema: certificateDesignSchema,
  });
}

export function useUpdateCertificateDesign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCertificateDesign,
    onSuccess: (design, { programId }) => queryClient.setQueryData(certificationKeys.design(programId), design),
  });
}
