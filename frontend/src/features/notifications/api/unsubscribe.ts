import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/**
 * `POST /api/notifications/unsubscribe?token=…` (no session needed) → 204: the kind of
 * notification the token names is off for its person. 404 unsubscribe_link_invalid.
 */
export function unsubscribe(token: string) {
  return apiRequest('/api/notifications/unsubscribe', { method: 'POST', query: { token } });
}

export function useUnsubscribe() {
  return useMutation({ mutationFn: unsubscribe });
}
