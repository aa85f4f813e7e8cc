import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { calendarFeedQueryKey, calendarFeedSchema } from './schemas';

/** `GET /api/me/calendar-feed` → `{url}`: the person's secret feed address for calendar programs. */
export function getCalendarFeed(signal?: AbortSignal) {
  return apiRequest('/api/me/calendar-feed', { schema: calendarFeedSchema, signal });
}

export function useCalendarFeed() {
  return useQuery({ queryKey: calendarFeedQueryKey, queryFn: ({ signal }) => getCalendarFeed(signal) });
}
