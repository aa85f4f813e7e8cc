import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { pageSchema } from '../../../lib/page';
import { questionsQueryKey, questionSummarySchema, type QuestionType } from './schemas';

export const QUESTIONS_PAGE_SIZE = 50;

export interface QuestionFilters {
  categoryId?: number;
  subcategories: boolean;
  q?: string;
  type?: QuestionType;
  /** Counts from 0, as the server does. */
  page: number;
}

/** `GET /api/programs/{id}/questions?categoryId=&subcategories=&q=&type=&page=&size=` → a page of the bank. */
export function getQuestions(programId: number, filters: QuestionFilters, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/questions`, {
    query: { ...filters, size: QUESTIONS_PAGE_SIZE },
    schema: pageSchema(questionSummarySchema),
    signal,
  });
}

export function useQuestions(programId: number, filters: QuestionFilters) {
  return useQuery({
    queryKey: [...questionsQueryKey(programId), filters],
    queryFn: ({ signal }) => getQuestions(programId, filters, signal),
    placeholderData: keepPreviousData,
  });
}
