import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { entrySchema, historyQueryKey, registerQueryKey, type AttendanceStatus, type Entry } from './schemas';

export interface Mark {
  status: AttendanceStatus;
  minutes: number | null;
  note: string | null;
}

/** `PUT /api/sessions/{id}/attendance/{userId}` `{status, minutes, note}` → the participant's Entry, source trainer. */
export function markAttendance({ sessionId, userId, mark }: { sessionId: number; userId: number; mark: Mark }) {
  return apiRequest(`/api/sessions/${encodeURIComponent(sessionId)}/attendance/${encodeURIComponent(userId)}`, {
    method: 'PUT',
    body: mark,
    schema: entrySchema,
  });
}

/** Marks one participant; the register shows the answer at once, and its history is read afresh. */
export function useMarkAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAttendance,
    onSuccess: (entry) =>
      queryClient.setQueryData<Entry[]>(registerQueryKey(entry.sessionId), (entries) =>
        entries?.map((item) => (item.userId === entry.userId ? entry : item)),
      ),
    onSettled: (_data, _error, { sessionId }) => queryClient.invalidateQueries({ queryKey: historyQueryKey(sessionId) }),
  });
}
