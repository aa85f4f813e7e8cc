import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { calendarFeedQueryKey, calendarFeedSchema } from './schemas';

/** `POST /api/me/calendar-feed` → `{url}`: a new address; the old one stops working at once. */
export function renewCalendarFeed() {
  return apiRequest('/api/me/calendar-feed', { method: 'POST', schema: calendarFeedSchema });
}

export function useRenewCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renewCalendarFeed,
    onSuccess: (feed) => queryClient.setQueryData(calendarFeedQueryKey, feed),
  });
}
