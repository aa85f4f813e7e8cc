import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { pageSchema } from '../../../lib/page';
import { bankQuestionSchema, bankQuestionsQueryKey } from './schemas';

export const BANK_PAGE_SIZE = 20;

export interface BankFilters {
  categoryId?: number;
  subcategories: boolean;
  q?: string;
  type?: string;
  /** Counts from 0, as the server does. */
  page: number;
}

/** `GET /api/programs/{id}/questions?categoryId=&subcategories=&q=&type=&page=&size=` → a page of the question bank, to pick from. */
export function getBankQuestions(programId: number, filters: BankFilters, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/questions`, {
    query: { ...filters, size: BANK_PAGE_SIZE },
    schema: pageSchema(bankQuestionSchema),
    signal,
  });
}

export function useBankQuestions(programId: number, filters: BankFilters, enabled = true) {
  return useQuery({
    queryKey: [...bankQuestionsQueryKey(programId), filters],
    queryFn: ({ signal }) => getBankQuestions(programId, filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
