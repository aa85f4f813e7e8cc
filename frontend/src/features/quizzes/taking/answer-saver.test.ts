import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/problem';
import { AnswerSaver, type SendAnswer } from './answer-saver';

const ok = (questionId: number, clientSeq: number) =>
  Promise.resolve({ questionId, clientSeq, savedAt: '2026-03-10T10:00:05Z', saved: true });

describe('AnswerSaver', () => {
  beforeEach(() => {
    sessionStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('sends each answer with a larger clientSeq, kept in sessionStorage across a reload', async () => {
    const send = vi.fn<SendAnswer>(({ questionId, clientSeq }) => ok(questionId, clientSeq));
    const saver = new AnswerSaver({ attemptId: 5, send });
    saver.set(1, 11);
    await vi.runAllTimersAsync();
    saver.set(2, [21, 22]);
    await vi.runAllTimersAsync();
    expect(send.mock.calls.map(([request]) => request.clientSeq)).toEqual([1, 2]);
    expect(saver.getStatus()).toBe('saved');

    const again = new AnswerSaver({ attemptId: 5, send });
    again.set(1, 12);
    await vi.runAllTimersAsync();
    expect(send.mock.calls.at(-1)?.[0]).toMatchObject({ questionId: 1, answer: 12, clientSeq: 3 });
  });

  it('waits for a pause in typing, and sends the newest text after the one on its way', async () => {
    let release: () => void = () => {};
    const send = vi.fn<SendAnswer>(
      ({ questionId, clientSeq }) => new Promise((resolve) => (release = () => void ok(questionId, clientSeq).then(resolve))),
    );
    const saver = new AnswerSaver({ attemptId: 6, send });
    saver.set(2, 'Д', 800);
    saver.set(2, 'Ді', 800);
    await vi.advanceTimersByTimeAsync(799);
    expect(send).not.toHaveBeenCalled();
    expect(saver.getStatus()).toBe('saving');
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(1);
    saver.set(2, 'Дія', 0);
    // one request per question at a time
    expect(send).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0]).toMatchObject({ answer: 'Дія', clientSeq: 2 });
  });

  it('retries with a growing pause while offline, keeps the unsent answer for a reload, and goes on when back online', async () => {
    let online = false;
    const send = vi.fn<SendAnswer>(({ questionId, clientSeq }) =>
      online ? ok(questionId, clientSeq) : Promise.reject(new ApiError(0, { status: 0, code: 'network_error' })),
    );
    const saver = new AnswerSaver({ attemptId: 7, send });
    const stop = saver.start();
    saver.set(1, 11);
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getStatus()).toBe('retrying');
    expect(new AnswerSaver({ attemptId: 7, send }).unsent()).toEqual(new Map([[1, 11]]));
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(3);

    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(4);
    // the same answer is sent again with the same seq, so an earlier copy that did arrive changes nothing
    expect(new Set(send.mock.calls.map(([request]) => request.clientSeq))).toEqual(new Set([1]));
    expect(saver.getStatus()).toBe('saved');
    expect(new AnswerSaver({ attemptId: 7, send }).unsent().size).toBe(0);
    stop();
  });

  it('stops when the server says the attempt is over', async () => {
    const onClosed = vi.fn();
    const send = vi.fn<SendAnswer>(() => Promise.reject(new ApiError(409, { status: 409, code: 'deadline_passed' })));
    const saver = new AnswerSaver({ attemptId: 8, send, onClosed });
    saver.set(1, 11);
    await vi.runAllTimersAsync();
    expect(onClosed).toHaveBeenCalledWith('deadline_passed');
    expect(saver.getStatus()).toBe('closed');
    saver.set(1, 12);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
