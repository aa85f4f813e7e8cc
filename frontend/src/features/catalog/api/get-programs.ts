import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { pageSchema } from '../../../lib/page';
import { programSummarySchema, programsQueryKey, type ProgramLanguage, type ProgramType } from './schemas';

export interface ProgramsFilter {
  q?: string;
  programType?: ProgramType;
  language?: ProgramLanguage;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export const programsPageSchema = pageSchema(programSummarySchema);

/** `GET /api/programs?q=&programType=&language=&page=&size=` → Page<ProgramSummary> (published only). */
export function getPrograms(filter: ProgramsFilter, signal?: AbortSignal) {
  return apiRequest('/api/programs', {
    query: {
      q: filter.q?.trim(),
      programType: filter.programType,
      language: filter.language,
      page: filter.page,
      size: filter.size,
    },
    schema: programsPageSchema,
    signal,
  });
}

export function usePrograms(filter: ProgramsFilter) {
  return useQuery({
    queryKey: [...programsQueryKey, 'public', filter],
    queryFn: ({ signal }) => getPrograms(filter, signal),
    placeholderData: keepPreviousData,
  });
}
