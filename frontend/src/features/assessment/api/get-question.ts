import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiRequest } from '../../../lib/api-client';
import { questionQueryKey, questionSchema } from './schemas';

/** `GET /api/questions/{id}` → the question with all its answers (the program's staff). */
export function getQuestion(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/questions/${encodeURIComponent(id)}`, { schema: questionSchema, signal });
}

export function useQuestion(id: number) {
  return useQuery({ queryKey: questionQueryKey(id), queryFn: ({ signal }) => getQuestion(id, signal), enabled: Number.isInteger(id) });
}

/** Reads the question afresh (after a save was refused as stale) and keeps the cache in step. */
export function useReloadQuestion() {
  const queryClient = useQueryClient();
  return useCallback((id: number) => queryClient.fetchQuery({ queryKey: questionQueryKey(id), queryFn: () => getQuestion(id), staleTime: 0 }), [queryClient]);
}
