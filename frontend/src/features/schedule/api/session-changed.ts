import type { QueryClient } from '@tanstack/react-query';
import { scheduleQueryKey, sessionQueryKey, type Session } from './schemas';

/** After a change to one session: keep its answer, and refetch every list it may appear in. */
export async function sessionChanged(queryClient: QueryClient, session: Session) {
  queryClient.setQueryData(sessionQueryKey(session.id), session);
  await queryClient.invalidateQueries({
    queryKey: scheduleQueryKey,
    predicate: (query) => query.queryKey[1] !== 'session' && query.queryKey[1] !== 'feed',
  });
}
