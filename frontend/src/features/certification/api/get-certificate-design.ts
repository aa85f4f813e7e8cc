import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificateDesignSchema, certificationKeys } from './schemas';

/** `GET /api/programs/{id}/certificate-design` → CertificateDesign with the read-only `signingKey`. */
export function getCertificateDesign(programId: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/certificate-design`, { schema: certificateDesignSchema, signal });
}

export function useCertificateDesign(programId: number) {
  return useQuery({ queryKey: certificationKeys.design(programId), queryFn: ({ signal }) => getCertificateDesign(programId, signal) });
}

/** Reads the design's current version (after a save refused as stale). */
export function useReloadCertificateDesign() {
  const queryClient = useQueryClient();
  return (programId: number) =>
    queryClient.fetchQuery({ queryKey: certificationKeys.design(programId), queryFn: ({ signal }) => getCertificateDesign(programId, signal), staleTime: 0 });
}
