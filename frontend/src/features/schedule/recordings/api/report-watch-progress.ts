import { apiRequest } from '../../../../lib/api-client';
import { watchProgressSchema, type Stretch } from './schemas';

/** The server's answer to a stretch longer than the time since the last report allows: send the next one. */
export const PROGRESS_TOO_FAST = 'progress_too_fast';

/**
 * `POST /api/recordings/{id}/progress` with a stretch played without a seek (seconds, from < to) →
 * WatchProgress; 400 validation_failed, 409 progress_too_fast, 429 with Retry-After. `keepalive`
 * lets the last report leave as the page is hidden or closed.
 */
export function reportWatchProgress(recordingId: number, stretch: Stretch, options: { keepalive?: boolean } = {}) {
  return apiRequest(`/api/recordings/${encodeURIComponent(recordingId)}/progress`, {
    method: 'POST',
    body: { from: stretch.from, to: stretch.to },
    schema: watchProgressSchema,
    keepalive: options.keepalive,
  });
}
