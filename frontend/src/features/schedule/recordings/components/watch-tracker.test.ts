import { describe, expect, it } from 'vitest';
import { REPORT_EVERY_SECONDS, WatchTracker, type Stretch } from './watch-tracker';

/** Plays from `from` to `to` in quarter seconds, as `timeupdate` reports it; returns what was sent on the way. */
function playThrough(tracker: WatchTracker, from: number, to: number): Stretch[] {
  const sent: Stretch[] = [];
  for (let position = from + 0.25; position <= to + 1e-9; position += 0.25) {
    const stretch = tracker.timeUpdate(position);
    if (stretch) sent.push(stretch);
  }
  return sent;
}

describe('WatchTracker', () => {
  it('sends a stretch from where playing started to where it paused', () => {
    const tracker = new WatchTracker();
    expect(tracker.play(10)).toBeNull();
    expect(playThrough(tracker, 10, 14)).toEqual([]);
    expect(tracker.pause(14.1)).toEqual({ from: 10, to: 14.1 });
    // nothing is open after a pause
    expect(tracker.pause(14.1)).toBeNull();
    expect(tracker.timeUpdate(20)).toBeNull();
  });

  it('sends every 15 seconds while playing goes on, each stretch continuing the last', () => {
    const tracker = new WatchTracker();
    tracker.play(0);
    expect(playThrough(tracker, 0, 40)).toEqual([
      { from: 0, to: REPORT_EVERY_SECONDS },
      { from: REPORT_EVERY_SECONDS, to: 2 * REPORT_EVERY_SECONDS },
    ]);
    expect(tracker.ended(40)).toEqual({ from: 30, to: 40 });
  });

  it('closes the stretch at the position before a seek, so skipping ahead never counts', () => {
    const tracker = new WatchTracker();
    tracker.play(0);
    playThrough(tracker, 0, 5);
    // during `seeking` the video already stands at the target; the tracker ends at the last position it saw
    expect(tracker.seeking()).toEqual({ from: 0, to: 5 });
    expect(tracker.timeUpdate(600)).toEqual(null);
    expect(tracker.seeked(600)).toBeNull();
    playThrough(tracker, 600, 603);
    expect(tracker.pause(603)).toEqual({ from: 600, to: 603 });
  });

  it('treats a jump between two timeupdates as a seek nobody announced', () => {
    const tracker = new WatchTracker();
    tracker.play(0);
    playThrough(tracker, 0, 4);
    expect(tracker.timeUpdate(300)).toEqual({ from: 0, to: 4 });
    playThrough(tracker, 300, 302);
    expect(tracker.pause(302)).toEqual({ from: 300, to: 302 });
  });

  it('does not stretch a pause over a position it did not play through', () => {
    const tracker = new WatchTracker();
    tracker.play(0);
    playThrough(tracker, 0, 3);
    expect(tracker.pause(120)).toEqual({ from: 0, to: 3 });
  });

  it('drops stretches under a second', () => {
    const tracker = new WatchTracker();
    tracker.play(5);
    playThrough(tracker, 5, 5.75);
    expect(tracker.pause(5.75)).toBeNull();
    tracker.play(5.75);
    playThrough(tracker, 5.75, 6.5);
    expect(tracker.seeking()).toBeNull();
  });

  it('counts nothing while paused, even when the position moves (a seek while paused)', () => {
    const tracker = new WatchTracker();
    expect(tracker.timeUpdate(30)).toBeNull();
    expect(tracker.seeking()).toBeNull();
    expect(tracker.seeked(90)).toBeNull();
    tracker.play(90);
    playThrough(tracker, 90, 92);
    expect(tracker.pause(92)).toEqual({ from: 90, to: 92 });
  });

  it('sends what was played when the page is hidden, and goes on from there if it keeps playing', () => {
    const tracker = new WatchTracker();
    tracker.play(0);
    playThrough(tracker, 0, 7);
    expect(tracker.hide()).toEqual({ from: 0, to: 7 });
    playThrough(tracker, 7, 9);
    expect(tracker.pause(9)).toEqual({ from: 7, to: 9 });
    expect(tracker.hide()).toBeNull();
  });

  it('keeps a stretch under a second open when the page is hidden', () => {
    const tracker = new WatchTracker();
    tracker.play(0);
    playThrough(tracker, 0, 0.5);
    expect(tracker.hide()).toBeNull();
    playThrough(tracker, 0.5, 2);
    expect(tracker.pause(2)).toEqual({ from: 0, to: 2 });
  });
});
