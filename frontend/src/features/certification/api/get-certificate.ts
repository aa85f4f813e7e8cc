import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificateSchema, certificationKeys } from './schemas';

/** `GET /api/certificates/{id}` → Certificate (its holder and administrators). */
export function getCertificate(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/certificates/${encodeURIComponent(id)}`, { schema: certificateSchema, signal });
}

export function useCertificate(id: number) {
  return useQuery({ queryKey: certificationKeys.certificate(id), queryFn: ({ signal }) => getCertificate(id, signal), enabled: id > 0 });
}
