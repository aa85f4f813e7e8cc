import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applicationProfileQueryKey, profileSchema } from './schemas';

/** `GET /api/me/application-profile` → the profile to prefill an application with. */
export function getApplicationProfile(signal?: AbortSignal) {
  return apiRequest('/api/me/application-profile', { schema: profileSchema, signal });
}

export function useApplicationProfile() {
  return useQuery({
    queryKey: applicationProfileQueryKey,
    queryFn: ({ signal }) => getApplicationProfile(signal),
    staleTime: 0,
  });
}
