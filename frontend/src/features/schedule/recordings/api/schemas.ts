import { z } from 'zod';
import { pageSchema } from '../../../../lib/page';
import { scheduleQueryKey } from '../../api/schemas';

/** A stored recording (RecordingView): `url` plays it inline with Range requests. */
export const recordingSchema = z.object({
  id: z.number(),
  sessionId: z.number(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  createdAt: z.string(),
  url: z.string(),
});
export type Recording = z.infer<typeof recordingSchema>;

export const recordingsSchema = z.array(recordingSchema);

/** A part of a recording the player played without a seek, in seconds of the recording. */
export interface Stretch {
  from: number;
  to: number;
}

/**
 * How much of a recording the signed-in participant played (skipped parts never count), and whether
 * it made up for the session: `requiredShare` (0..1) is null where the program does not count
 * recordings; `sessionAttended` when they were there (present or late) in person or online.
 */
export const watchProgressSchema = z.object({
  recordingId: z.number(),
  watchedSeconds: z.number(),
  durationSeconds: z.number(),
  watchedShare: z.number(),
  requiredShare: z.number().nullish().transform((value) => value ?? null),
  sessionAttended: z.boolean(),
  attendedViaRecording: z.boolean(),
});
export type WatchProgress = z.infer<typeof watchProgressSchema>;
export const recordingsPageSchema = pageSchema(recordingSchema);

export const recordingsQueryKey = [...scheduleQueryKey, 'recordings'] as const;
export const sessionRecordingsQueryKey = (sessionId: number) => [...recordingsQueryKey, 'session', sessionId] as const;
export const inventoryQueryKey = [...recordingsQueryKey, 'inventory'] as const;
export const watchProgressQueryKey = (recordingId: number) => [...recordingsQueryKey, 'progress', recordingId] as const;
/** Outside the schedule's keys: invalidating recordings or sessions need not ask for the limit again. */
export const uploadLimitQueryKey = ['recording-upload-limit'] as const;
