import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { certificateSchema, certificationKeys } from './schemas';

/** `GET /api/me/certificates` → Certificate[]: every certificate the signed-in learner holds. */
export function getMyCertificates(signal?: AbortSignal) {
  return apiRequest('/api/me/certificates', { schema: z.array(certificateSchema), signal });
}

export function useMyCertificates() {
  return useQuery({ queryKey: certificationKeys.myCertificates(), queryFn: ({ signal }) => getMyCertificates(signal) });
}
