import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { pageSchema } from '../../../lib/page';

/** Only what the trainer picker needs from an admin user; other properties are ignored. */
export const trainerCandidateSchema = z.object({ id: z.number(), fullName: z.string(), email: z.string() });
export type TrainerCandidate = z.infer<typeof trainerCandidateSchema>;
const trainersPageSchema = pageSchema(trainerCandidateSchema);

export const TRAINER_SEARCH_SIZE = 20;

/** `GET /api/admin/users?role=trainer&q=&size=20` (admin) → Page of users who have the trainer role. */
export function searchTrainers(q: string, signal?: AbortSignal) {
  return apiRequest('/api/admin/users', {
    query: { role: 'trainer', q: q.trim(), size: TRAINER_SEARCH_SIZE },
    schema: trainersPageSchema,
    signal,
  });
}

export function useTrainerSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ['catalog', 'trainer-search', q.trim()],
    queryFn: ({ signal }) => searchTrainers(q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
