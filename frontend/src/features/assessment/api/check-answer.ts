import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { checkResultSchema, type Answer } from './schemas';

/** `POST /api/questions/{id}/check` `{answer}` → how the answer is marked, as a learner's would be; nothing is stored. */
export function checkAnswer({ id, answer }: { id: number; answer: Answer | null }) {
  return apiRequest(`/api/questions/${encodeURIComponent(id)}/check`, { method: 'POST', body: { answer }, schema: checkResultSchema });
}

export function useCheckAnswer() {
  return useMutation({ mutationFn: checkAnswer });
}
