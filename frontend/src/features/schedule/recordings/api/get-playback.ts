import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../../lib/api-client';

/**
 * Where to play a recording from: behind nginx a signed URL it serves until `expiresAt` (then 410,
 * and 403 once altered: ask again); otherwise the file endpoint, with `expiresAt` null.
 */
export const playbackSchema = z.object({
  url: z.string(),
  expiresAt: z.string().nullish().transform((value) => value ?? null),
});
export type Playback = z.infer<typeof playbackSchema>;

/**
 * Outside the recordings' keys: a new upload or a deletion invalidates those, and a new URL would
 * make every open player load its video again.
 */
export const playbackQueryKey = (recordingId: number) => ['recording-playback', recordingId] as const;

/** `GET /api/recordings/{id}/playback` → Playback, for whoever may play the file; 404 for anyone else. */
export function getPlayback(recordingId: number, signal?: AbortSignal) {
  return apiRequest(`/api/recordings/${encodeURIComponent(recordingId)}/playback`, { schema: playbackSchema, signal });
}

export function usePlayback(recordingId: number) {
  return useQuery({
    queryKey: playbackQueryKey(recordingId),
    queryFn: ({ signal }) => getPlayback(recordingId, signal),
    // A URL stays until the player asks for another (at its expiry or when it stops working).
    staleTime: Infinity,
    retry: 1,
  });
}
