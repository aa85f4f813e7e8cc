import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { isApiError } from '../../../../lib/problem';
import { reportWatchProgress } from '../api/report-watch-progress';
import { watchProgressQueryKey, type Stretch } from '../api/schemas';
import { WatchTracker } from './watch-tracker';

/** How long a report refused with 429 waits at most before its one retry. */
const MAX_RETRY_WAIT_SECONDS = 60;

const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

type VideoEvent = SyntheticEvent<HTMLVideoElement>;

/** Sends one stretch and shows the answer; a 429 waits for Retry-After and tries once more. */
async function deliver(queryClient: QueryClient, recordingId: number, stretch: Stretch, keepalive: boolean): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const progress = await reportWatchProgress(recordingId, stretch, { keepalive });
      queryClient.setQueryData(watchProgressQueryKey(recordingId), progress);
      return;
    } catch (error) {
      if (keepalive || !isApiError(error) || error.status !== 429) return;
      await wait(Math.min(error.retryAfterSeconds ?? 5, MAX_RETRY_WAIT_SECONDS));
    }
  }
  // progress_too_fast, a refused stretch or no network: this stretch is lost, the next one goes as usual.
}

/**
 * Reports what a participant plays of a recording: put the returned handlers on its `<video>`.
 * Reports go one after another (the server measures each against the time since the last); their
 * answers update the progress shown. A stretch the server refuses (too fast, invalid) is dropped and
 * the next one is sent as usual; a 429 waits for Retry-After and tries once more. When the page is
 * hidden or the player goes away, what was played so far leaves with `keepalive`.
 * Disabled (`enabled` false: not a participant), it returns no handlers and sends nothing.
 */
export function useWatchReporting(recordingId: number, enabled: boolean) {
  const queryClient = useQueryClient();
  const [tracker] = useState(() => new WatchTracker());
  const queue = useRef<Promise<void>>(Promise.resolve());

  const send = useCallback(
    (stretch: Stretch | null, keepalive = false) => {
      if (!stretch) return;
      // The page may be gone before the queue gets to it: the last report does not wait.
      const report = () => deliver(queryClient, recordingId, stretch, keepalive);
      if (keepalive) void report();
      else queue.current = queue.current.then(report);
    },
    [queryClient, recordingId],
  );

  useEffect(() => {
    if (!enabled) return;
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') send(tracker.hide(), true);
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      send(tracker.hide(), true);
    };
  }, [enabled, send, tracker]);

  if (!enabled) return {};
  const at = (event: VideoEvent) => event.currentTarget.currentTime;
  return {
    onPlay: (event: VideoEvent) => send(tracker.play(at(event))),
    onTimeUpdate: (event: VideoEvent) => send(tracker.timeUpdate(at(event))),
    onSeeking: () => send(tracker.seeking()),
    onSeeked: (event: VideoEvent) => send(tracker.seeked(at(event))),
    onPause: (event: VideoEvent) => send(tracker.pause(at(event))),
    onEnded: (event: VideoEvent) => send(tracker.ended(at(event))),
  };
}
