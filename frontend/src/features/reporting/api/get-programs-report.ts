import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programsReportQueryKey, programsReportSchema } from './schemas';

export interface Period {
  from?: string;
  to?: string;
}

/** `GET /api/reports/programs?from=&to=` → every program's figures, the totals and participants by oblast (administrators). */
export function getProgramsReport(period: Period, signal?: AbortSignal) {
  return apiRequest('/api/reports/programs', { query: { from: period.from, to: period.to }, schema: programsReportSchema, signal });
}

export function useProgramsReport(period: Period) {
  return useQuery({
    queryKey: programsReportQueryKey(period),
    queryFn: ({ signal }) => getProgramsReport(period, signal),
    placeholderData: keepPreviousData,
  });
}
