import { isApiError } from '../../../lib/problem';
import { ATTEMPT_CLOSED, DEADLINE_PASSED } from '../api/save-answer';
import type { Answer, SavedAnswer } from '../api/schemas';

/** How the answers stand on the server: all kept, some on their way, or some waiting to be tried again. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'closed';

export type SendAnswer = (request: {
  attemptId: number;
  questionId: number;
  answer: Answer | null;
  clientSeq: number;
  keepalive?: boolean;
}) => Promise<SavedAnswer>;

interface Pending {
  answer: Answer | null;
  /** Assigned when the answer is handed over for sending (after its debounce). */
  seq: number | null;
}

export const TEXT_DEBOUNCE_MS = 800;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

const seqKey = (attemptId: number) => `civitas.attempt.${attemptId}.seq`;
const pendingKey = (attemptId: number) => `civitas.attempt.${attemptId}.pending`;

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | undefined, key: string, value: string | null) {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Private mode or a full storage: the answers still go to the server, only a reload forgets more.
  }
}

export interface AnswerSaverOptions {
  attemptId: number;
  send: SendAnswer;
  /** Where the clientSeq and answers not yet kept survive a reload; sessionStorage by default. */
  storage?: Storage;
  /**
   * When the attempt started (ISO): each clientSeq is at least the tenths of a second since then, so
   * that of two tabs answering the same question, the later answer wins (sessionStorage is per tab).
   */
  startedAt?: string;
  /** Called with the server's clock at each kept answer (`savedAt`), to keep the countdown in step. */
  onServerTime?: (serverTime: string) => void;
  /** The server refused an answer because the attempt is over (submitted elsewhere, deadline passed). */
  onClosed?: (code: string) => void;
}

/**
 * Sends each answer as it is given (text after a pause in typing), one request per question at a
 * time, each with a larger `clientSeq` than any before it in this attempt, so that the server keeps
 * the newest even when requests arrive out of order. The seq and the answers not yet kept live in
 * sessionStorage: after a reload they are sent again. A failed save is retried with a growing
 * pause (1 s, 2 s, 4 s … 30 s), at once when the browser says it is back online.
 */
export class AnswerSaver {
  private readonly options: AnswerSaverOptions;
  private readonly storage: Storage | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly inFlight = new Set<number>();
  private readonly debounces = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly failures = new Map<number, number>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly idleWaiters = new Set<() => void>();
  private lastSeq: number;
  private anySaved = false;
  private closed = false;
  private status: SaveStatus = 'idle';

  constructor(options: AnswerSaverOptions) {
    this.options = options;
    this.storage = options.storage ?? (typeof sessionStorage === 'undefined' ? undefined : sessionStorage);
    this.lastSeq = Number(read(this.storage, seqKey(options.attemptId))) || 0;
    const saved = read(this.storage, pendingKey(options.attemptId));
    if (saved) {
      try {
        for (const [questionId, entry] of Object.entries(JSON.parse(saved) as Record<string, Pending>)) {
          this.pending.set(Number(questionId), { answer: entry.answer, seq: entry.seq });
        }
      } catch {
        write(this.storage, pendingKey(options.attemptId), null);
      }
    }
  }

  /** Answers given before a reload and not yet kept by the server, to show over the server's ones. */
  unsent(): Map<number, Answer | null> {
    return new Map([...this.pending].map(([questionId, entry]) => [questionId, entry.answer]));
  }

  /** Sends what a reload left unsent, and goes on when the connection comes back. */
  start() {
    window.addEventListener('online', this.retryNow);
    for (const questionId of this.pending.keys()) this.pump(questionId);
    this.update();
    return () => this.stop();
  }

  stop() {
    window.removeEventListener('online', this.retryNow);
    for (const timer of this.debounces.values()) clearTimeout(timer);
    this.debounces.clear();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** A new answer to a question: sent at once, or after `debounceMs` without another change. */
  set(questionId: number, answer: Answer | null, debounceMs = 0) {
    if (this.closed) return;
    this.pending.set(questionId, { answer, seq: null });
    this.persistPending();
    const timer = this.debounces.get(questionId);
    if (timer) clearTimeout(timer);
    this.debounces.delete(questionId);
    if (debounceMs > 0) {
      this.debounces.set(
        questionId,
        setTimeout(() => {
          this.debounces.delete(questionId);
          this.pump(questionId);
        }, debounceMs),
      );
      this.update();
    } else {
      this.pump(questionId);
    }
  }

  /** Sends every answer still waiting for its debounce, now (before a submit, as the page is hidden). */
  flush(keepalive = false) {
    for (const [questionId, timer] of this.debounces) {
      clearTimeout(timer);
      this.debounces.delete(questionId);
      this.pump(questionId, keepalive);
    }
  }

  /** Resolves once nothing is waiting or on its way, or rejects when something could not be kept (offline). */
  settle(): Promise<void> {
    this.flush();
    if (this.isIdle()) return this.hasFailures() ? Promise.reject(new Error('unsaved')) : Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.isIdle()) {
          this.idleWaiters.delete(check);
          resolve();
        } else if (this.hasFailures() && this.inFlight.size === 0) {
          this.idleWaiters.delete(check);
          reject(new Error('unsaved'));
        }
      };
      this.idleWaiters.add(check);
    });
  }

  /** Tries the failed saves again at once (the indicator's retry button, the browser back online). */
  retryNow = () => {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    for (const questionId of this.pending.keys()) {
      if (!this.debounces.has(questionId)) this.pump(questionId);
    }
  };

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private nextSeq(): number {
    const started = this.options.startedAt ? Date.parse(this.options.startedAt) : Number.NaN;
    const elapsed = Number.isNaN(started) ? 0 : Math.floor((Date.now() - started) / 100);
    this.lastSeq = Math.max(this.lastSeq + 1, elapsed);
    write(this.storage, seqKey(this.options.attemptId), String(this.lastSeq));
    return this.lastSeq;
  }

  private persistPending() {
    const entries = Object.fromEntries(this.pending);
    write(this.storage, pendingKey(this.options.attemptId), this.pending.size ? JSON.stringify(entries) : null);
  }

  private pump(questionId: number, keepalive = false) {
    if (this.closed || this.inFlight.has(questionId)) return;
    const entry = this.pending.get(questionId);
    if (!entry) return;
    if (entry.seq === null) {
      entry.seq = this.nextSeq();
      this.persistPending();
    }
    const { answer, seq } = entry;
    this.inFlight.add(questionId);
    this.update();
    this.options
      .send({ attemptId: this.options.attemptId, questionId, answer, clientSeq: seq, keepalive })
      .then(
        (result) => {
          this.failures.delete(questionId);
          this.anySaved = true;
          // Kept, or a newer one (from another tab) was kept already: either way this one is done.
          if (this.pending.get(questionId)?.seq === seq) this.pending.delete(questionId);
          this.persistPending();
          this.options.onServerTime?.(result.savedAt);
        },
        (error: unknown) => {
          if (isApiError(error) && (error.code === ATTEMPT_CLOSED || error.code === DEADLINE_PASSED)) {
            this.closed = true;
            this.options.onClosed?.(error.code);
            return;
          }
          this.failures.set(questionId, (this.failures.get(questionId) ?? 0) + 1);
          this.scheduleRetry();
        },
      )
      .finally(() => {
        this.inFlight.delete(questionId);
        // A newer answer came while this one was on its way.
        if (!this.closed && !this.failures.has(questionId) && this.pending.has(questionId) && !this.debounces.has(questionId)) {
          this.pump(questionId);
        }
        this.update();
      });
  }

  private scheduleRetry() {
    if (this.retryTimer) return;
    const tries = Math.max(...this.failures.values());
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (tries - 1));
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.retryNow();
    }, delay);
  }

  private hasFailures() {
    return this.failures.size > 0;
  }

  private isIdle() {
    return this.pending.size === 0 && this.inFlight.size === 0 && this.debounces.size === 0;
  }

  private update() {
    const status: SaveStatus = this.closed
      ? 'closed'
      : this.hasFailures() && this.inFlight.size === 0
        ? 'retrying'
        : this.inFlight.size > 0 || this.debounces.size > 0 || this.pending.size > 0
          ? 'saving'
          : this.anySaved
            ? 'saved'
            : 'idle';
    if (status !== this.status) {
      this.status = status;
      for (const listener of this.listeners) listener();
    }
    for (const waiter of [...this.idleWaiters]) waiter();
  }
}
