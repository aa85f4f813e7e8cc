import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programReportQueryKey, programReportSchema, type ReportFilters } from './schemas';

/**
 * `GET /api/programs/{id}/report?region=&organization=&category=&gender=&from=&to=` → the program's
 * funnel, attendance, tests, certificates and breakdowns (administrators and the program's trainers).
 */
export function getProgramReport(programId: number, filters: ReportFilters, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/report`, { query: filters, schema: programReportSchema, signal });
}

/** Keeps the last report on screen while another filter's loads. */
export function useProgramReport(programId: number, filters: ReportFilters) {
  return useQuery({
    queryKey: programReportQueryKey(programId, filters),
    queryFn: ({ signal }) => getProgramReport(programId, filters, signal),
    placeholderData: keepPreviousData,
  });
}
