import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programsPageSchema } from './get-programs';
import { programsQueryKey, type ProgramStatus } from './schemas';

export interface ManagedProgramsFilter {
  q?: string;
  status?: ProgramStatus;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

/**
 * `GET /api/programs?scope=managed&status=&q=&page=&size=` → Page<ProgramSummary>:
 * every program for admins, the assigned ones for trainers; 403 for anyone else.
 */
export function getManagedPrograms(filter: ManagedProgramsFilter, signal?: AbortSignal) {
  return apiRequest('/api/programs', {
    query: { scope: 'managed', status: filter.status, q: filter.q?.trim(), page: filter.page, size: filter.size },
    schema: programsPageSchema,
    signal,
  });
}

export function useManagedPrograms(filter: ManagedProgramsFilter) {
  return useQuery({
    queryKey: [...programsQueryKey, 'managed', filter],
    queryFn: ({ signal }) => getManagedPrograms(filter, signal),
    placeholderData: keepPreviousData,
  });
}
