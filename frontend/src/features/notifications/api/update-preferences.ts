import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { preferencesQueryKey, preferencesSchema, type Preferences } from './schemas';

/** `PUT /api/me/notification-preferences` → 200 the preferences as saved; kinds left out stay as they are. */
export function updatePreferences(preferences: Preferences) {
  return apiRequest('/api/me/notification-preferences', {
    method: 'PUT',
    body: preferences,
    schema: preferencesSchema,
  });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (saved) => queryClient.setQueryData(preferencesQueryKey, saved),
  });
}
