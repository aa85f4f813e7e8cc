import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { preferencesQueryKey, preferencesSchema } from './schemas';

/** `GET /api/me/notification-preferences` → the language of the person's messages and each optional kind on or off. */
export function getPreferences(signal?: AbortSignal) {
  return apiRequest('/api/me/notification-preferences', { schema: preferencesSchema, signal });
}

export function usePreferences() {
  return useQuery({ queryKey: preferencesQueryKey, queryFn: ({ signal }) => getPreferences(signal) });
}
