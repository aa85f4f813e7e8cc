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
export const recordingsPageSchema = pageSchema(recordingSchema);

export const recordingsQueryKey = [...scheduleQueryKey, 'recordings'] as const;
export const sessionRecordingsQueryKey = (sessionId: number) => [...recordingsQueryKey, 'session', sessionId] as const;
export const inventoryQueryKey = [...recordingsQueryKey, 'inventory'] as const;
/** Outside the schedule's keys: invalidating recordings or sessions need not ask for the limit again. */
export const uploadLimitQueryKey = ['recording-upload-limit'] as const;
