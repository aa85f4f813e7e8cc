import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { isApiError } from '../../../lib/problem';
import { certificateSchema, certificationKeys } from './schemas';

/** `GET /api/public/certificates/{code}` (no login) → Certificate; 404 certificate_not_found, 429 when throttled. */
export function getPublicCertificate(code: string, signal?: AbortSignal) {
  return apiRequest(`/api/public/certificates/${encodeURIComponent(code)}`, { schema: certificateSchema, signal });
}

export function usePublicCertificate(code: string) {
  return useQuery({
    queryKey: certificationKeys.publicCertificate(code),
    queryFn: ({ signal }) => getPublicCertificate(code, signal),
    enabled: code !== '',
    // not found and too many lookups are answers, not glitches to retry
    retry: (count, error) => !(isApiError(error) && (error.status === 404 || error.status === 429)) && count < 2,
  });
}
