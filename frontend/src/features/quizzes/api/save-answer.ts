import { apiRequest } from '../../../lib/api-client';
import { savedAnswerSchema, type Answer } from './schemas';

export const ATTEMPT_CLOSED = 'attempt_closed';
export const DEADLINE_PASSED = 'deadline_passed';

/**
 * `PUT /api/attempts/{id}/answers/{questionId}` `{answer, clientSeq}` → `{saved}`: false when an
 * answer with a higher `clientSeq` was already kept. 409 attempt_closed / deadline_passed.
 * Called by the answer saver (with its own retries), not through a mutation hook.
 */
export function saveAnswer({ attemptId, questionId, answer, clientSeq }: { attemptId: number; questionId: number; answer: Answer | null; clientSeq: number }) {
  return apiRequest(`/api/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(questionId)}`, {
    method: 'PUT',
    body: { answer, clientSeq },
    schema: savedAnswerSchema,
  });
}
