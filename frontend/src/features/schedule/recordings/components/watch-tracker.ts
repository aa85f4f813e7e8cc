import type { Stretch } from '../api/schemas';

export type { Stretch };

/** How much playing is sent at once while the video keeps playing. */
export const REPORT_EVERY_SECONDS = 15;
/** Shorter stretches are not worth a request (and the server counts whole seconds). */
export const MIN_STRETCH_SECONDS = 1;
/**
 * Playing moves the position a fraction of a second between two `timeupdate`s (a few at double
 * speed or in a throttled background tab); a larger jump is a seek the player did not announce.
 */
export const MAX_STEP_SECONDS = 5;

/**
 * Turns a video's events into the stretches it really played. A stretch opens where playing starts
 * or resumes after a seek, grows with `timeupdate` while playing, and closes on a seek (at the last
 * position before it: what was skipped never counts), on pause, at the end and when the page is
 * hidden; while playing it is also closed every {@link REPORT_EVERY_SECONDS}. Each method returns
 * the stretch to send, or null; stretches under {@link MIN_STRETCH_SECONDS} are dropped.
 * Pure: the caller passes the position (`video.currentTime`) and sends what comes back.
 */
export class WatchTracker {
  private playing = false;
  private open: Stretch | null = null;

  /** `play`: playing starts or resumes at `position`. */
  play(position: number): null {
    this.playing = true;
    this.open ??= { from: position, to: position };
    return null;
  }

  /** `timeupdate`: while playing, the stretch grows to `position`; past a jump it starts again there. */
  timeUpdate(position: number): Stretch | null {
    if (!this.playing) return null;
    const open = this.open;
    if (!open) {
      this.open = { from: position, to: position };
      return null;
    }
    if (!this.continues(position)) {
      this.open = { from: position, to: position };
      return this.worth(open);
    }
    open.to = Math.max(open.to, position);
    if (open.to - open.from < REPORT_EVERY_SECONDS) return null;
    this.open = { from: open.to, to: open.to };
    return { ...open };
  }

  /** `seeking`: the stretch ends where playing was before the seek (the position is already the target). */
  seeking(): Stretch | null {
    return this.close();
  }

  /** `seeked`: when still playing, a new stretch starts at the new position. */
  seeked(position: number): null {
    if (this.playing) this.open = { from: position, to: position };
    return null;
  }

  /** `pause` (and `ended`): the stretch ends at `position` when it follows on from the last one seen. */
  pause(position: number): Stretch | null {
    this.playing = false;
    if (this.open && this.continues(position)) this.open.to = Math.max(this.open.to, position);
    return this.close();
  }

  ended(position: number): Stretch | null {
    return this.pause(position);
  }

  /**
   * The page is hidden (or the player goes away): what was played so far is sent now. Playing may
   * go on in the background, so a playing stretch goes on from there.
   */
  hide(): Stretch | null {
    const open = this.open;
    if (!open || open.to - open.from < MIN_STRETCH_SECONDS) return null;
    this.open = this.playing ? { from: open.to, to: open.to } : null;
    return { ...open };
  }

  private continues(position: number): boolean {
    // A little backwards is the player's rounding; further back is a seek (or a loop).
    return this.open !== null && position >= this.open.to - 0.5 && position - this.open.to <= MAX_STEP_SECONDS;
  }

  private close(): Stretch | null {
    const open = this.open;
    this.open = null;
    return open && this.worth(open);
  }

  private worth(stretch: Stretch): Stretch | null {
    return stretch.to - stretch.from >= MIN_STRETCH_SECONDS ? { ...stretch } : null;
  }
}
