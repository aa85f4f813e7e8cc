import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { entrySchema } from './schemas';

/**
 * `POST /api/sessions/{id}/check-in` `{code}` (an admitted learner) → their Entry, present or late.
 * 400 check_in_code_invalid (field `code`), 409 check_in_not_open / check_in_closed / session_cancelled,
 * 403 not_a_participant / not_registered, 429 too_many_attempts with Retry-After.
 */
export function checkIn({ sessionId, code }: { sessionId: number; code: string }) {
  return apiRequest(`/api/sessions/${encodeURIComponent(sessionId)}/check-in`, {
    method: 'POST',
    body: { code },
    schema: entrySchema,
  });
}

export function useCheckIn() {
  return useMutation({ mutationFn: checkIn });
}
