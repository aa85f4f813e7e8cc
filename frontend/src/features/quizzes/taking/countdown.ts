import { useEffect, useRef, useState } from 'react';

export const WARNINGS_SECONDS = [300, 60] as const;

/**
 * Seconds left until `deadline` by the server's clock: the difference between the server's and this
 * device's clocks is taken from each answer (`serverNow`, `savedAt`) as it arrives, so a device whose
 * clock is wrong still counts down right. Ticks each second; null when there is no deadline.
 */
export class ServerClock {
  private offsetMs = 0;

  /** The server said it is `serverTime` now. */
  sync(serverTime: string) {
    const server = Date.parse(serverTime);
    if (!Number.isNaN(server)) this.offsetMs = server - Date.now();
  }

  now() {
    return Date.now() + this.offsetMs;
  }

  secondsUntil(deadline: string) {
    return Math.max(0, Math.ceil((Date.parse(deadline) - this.now()) / 1000));
  }
}

interface CountdownOptions {
  deadline: string | null;
  clock: ServerClock;
  /** Once, when it reaches 0. */
  onExpire: () => void;
  /** Once at each of WARNINGS_SECONDS (5 min, 1 min), if the attempt still had more left when opened. */
  onWarning: (secondsLeft: number) => void;
  /** Stops counting (the attempt is submitted). */
  stopped?: boolean;
}

export function useCountdown({ deadline, clock, onExpire, onWarning, stopped = false }: CountdownOptions): number | null {
  const [left, setLeft] = useState(() => (deadline ? clock.secondsUntil(deadline) : null));
  const handlers = useRef({ onExpire, onWarning });
  useEffect(() => {
    handlers.current = { onExpire, onWarning };
  });

  useEffect(() => {
    if (!deadline || stopped) return;
    // Warnings already past when the page opened are not given (a reload at 0:40 says nothing of 5 min).
    const initial = clock.secondsUntil(deadline);
    const warned = new Set<number>(WARNINGS_SECONDS.filter((at) => initial <= at));
    let expired = false;
    const tick = () => {
      const seconds = clock.secondsUntil(deadline);
      setLeft(seconds);
      for (const at of WARNINGS_SECONDS) {
        if (seconds <= at && !warned.has(at) && seconds > 0) {
          warned.add(at);
          handlers.current.onWarning(at);
        }
      }
      if (seconds <= 0 && !expired) {
        expired = true;
        handlers.current.onExpire();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline, clock, stopped]);

  return deadline ? left : null;
}

/** 3725 → "1:02:05", 125 → "02:05". */
export function formatSeconds(total: number): string {
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}
