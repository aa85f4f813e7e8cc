import type { QueryClient } from '@tanstack/react-query';
import { categoriesQueryKey, questionsQueryKey } from './schemas';

/** After any change to a bank: its lists and its categories' question counts are read afresh. */
export function bankChanged(queryClient: QueryClient, programId: number) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: categoriesQueryKey(programId) }),
    queryClient.invalidateQueries({ queryKey: questionsQueryKey(programId) }),
  ]);
}
