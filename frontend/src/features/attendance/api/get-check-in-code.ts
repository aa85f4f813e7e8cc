import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { checkInCodeQueryKey, checkInCodeSchema, type CheckInCode } from './schemas';

/** The code rotates every minute; fetch again when it does (never more often than every 2 s, whatever the clocks say). */
export function nextRotationIn(code: CheckInCode, now: number = Date.now()): number {
  const until = Date.parse(code.validUntil) - now;
  return Math.min(60_000, Math.max(2_000, Number.isNaN(until) ? 60_000 : until + 250));
}

/** `GET /api/sessions/{id}/check-in-code` (administrators and the program's trainers) → CheckInCode; 403, 404. */
export function getCheckInCode(sessionId: number, signal?: AbortSignal) {
  return apiRequest(`/api/sessions/${encodeURIComponent(sessionId)}/check-in-code`, { schema: checkInCodeSchema, signal });
}

export function useCheckInCode(sessionId: number) {
  return useQuery({
    queryKey: checkInCodeQueryKey(sessionId),
    queryFn: ({ signal }) => getCheckInCode(sessionId, signal),
    enabled: Number.isInteger(sessionId) && sessionId > 0,
    refetchInterval: (query) => (query.state.data ? nextRotationIn(query.state.data) : false),
    // A projector left on a background tab still shows the code to the room.
    refetchIntervalInBackground: true,
  });
}
