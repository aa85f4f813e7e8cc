import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, type Handler } from '../../../testing/fetch-mock';
import type { Attempt } from '../api/schemas';
import { attempt, renderAt, SERVER_NOW } from '../testing';
import { AttemptRoute } from './AttemptRoute';

function serve(current: Attempt, more: Record<string, Handler> = {}) {
  document.cookie = 'civitas_csrf=t; path=/';
  return mockFetch({
    'GET /api/attempts/300': () => ({ body: current }),
    'PUT /api/attempts/300/answers/1': ({ body }) => ({ body: { questionId: 1, clientSeq: (body as { clientSeq: number }).clientSeq, savedAt: SERVER_NOW, saved: true } }),
    'PUT /api/attempts/300/answers/2': ({ body }) => ({ body: { questionId: 2, clientSeq: (body as { clientSeq: number }).clientSeq, savedAt: SERVER_NOW, saved: true } }),
    'PUT /api/attempts/300/answers/3': ({ body }) => ({ body: { questionId: 3, clientSeq: (body as { clientSeq: number }).clientSeq, savedAt: SERVER_NOW, saved: true } }),
    ...more,
  });
}

const open = () => renderAt('/attempts/:id', '/attempts/300', <AttemptRoute />);
const answerCalls = (calls: { method: string; url: URL; body: unknown }[]) =>
  calls.filter((call) => call.method === 'PUT').map((call) => ({ path: call.url.pathname, ...(call.body as object) }));

describe('taking a quiz', { timeout: 30_000 }, () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => vi.useRealTimers());

  it('saves a choice at once and text after a pause, each with a larger clientSeq, and shows the save state', async () => {
    const { calls } = serve(attempt({ startedAt: '2099-01-01T00:00:00Z' }));
    const user = userEvent.setup();
    open();

    expect(await screen.findByRole('heading', { name: /Питання 1 з 3/ })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Питання тесту' });
    expect(within(nav).getByRole('button', { name: 'Питання 1, без відповіді' })).toHaveAttribute('aria-current', 'step');

    await user.click(screen.getByRole('radio', { name: 'Застосунок держпослуг' }));
    expect(await screen.findByText('Збережено')).toBeInTheDocument();
    expect(answerCalls(calls)).toEqual([{ path: '/api/attempts/300/answers/1', answer: 11, clientSeq: 1 }]);
    expect(within(nav).getByRole('button', { name: 'Питання 1, є відповідь' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Наступне' }));
    await user.type(screen.getByRole('textbox', { name: /Питання 2 з 3/ }), 'data.gov.ua');
    await waitFor(() => expect(answerCalls(calls)).toHaveLength(2), { timeout: 3000 });
    // typed in one go: one request, after the pause
    expect(answerCalls(calls)[1]).toEqual({ path: '/api/attempts/300/answers/2', answer: 'data.gov.ua', clientSeq: 2 });
    expect(sessionStorage.getItem('civitas.attempt.300.seq')).toBe('2');

    await user.click(within(nav).getByRole('button', { name: /Питання 3/ }));
    expect(screen.getByRole('radio', { name: 'Правильно' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Неправильно' })).toBeInTheDocument();
  });

  it('restores the answers after a reload: the server’s, and one not yet sent, which goes again', async () => {
    const current = attempt({ layout: 'all_on_one_page', startedAt: '2099-01-01T00:00:00Z' });
    current.questions[0]!.answer = 12;
    current.questions[1]!.answer = 'старий текст';
    sessionStorage.setItem('civitas.attempt.300.seq', '4');
    sessionStorage.setItem('civitas.attempt.300.pending', JSON.stringify({ 3: { answer: 31, seq: 4 } }));
    const { calls } = serve(current);
    open();

    expect(await screen.findByRole('radio', { name: 'Міністерство' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Питання 2 з 3/ })).toHaveValue('старий текст');
    expect(screen.getByRole('radio', { name: 'Правильно' })).toBeChecked();
    await waitFor(() => expect(answerCalls(calls)).toEqual([{ path: '/api/attempts/300/answers/3', answer: 31, clientSeq: 4 }]));
    // all on one page: no question numbers to move between
    expect(screen.queryByRole('navigation', { name: 'Питання тесту' })).not.toBeInTheDocument();
  });

  it('asks before submitting, naming the questions without an answer, then shows only what the review allows', async () => {
    const submitted = attempt({
      status: 'submitted',
      submittedAt: '2026-03-10T10:20:00Z',
      score: 75,
      passed: true,
      shows: { score: false, answers: true, correctAnswers: false, feedback: false },
    });
    submitted.questions[0]!.answer = 11;
    submitted.questions[0]!.review = { score: 1, state: 'correct', feedback: 'Так!', correctAnswer: 11, generalFeedback: null };
    const { calls } = serve(attempt({ startedAt: '2099-01-01T00:00:00Z' }), { 'POST /api/attempts/300/submit': () => ({ body: submitted }) });
    const user = userEvent.setup();
    open();

    await user.click(await screen.findByRole('radio', { name: 'Застосунок держпослуг' }));
    await user.click(screen.getByRole('button', { name: 'Завершити спробу' }));
    const dialog = await screen.findByRole('dialog', { name: 'Завершити спробу?' });
    expect(within(dialog).getByText('Без відповіді залишилося 2 питання:')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Питання 2' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Питання 3' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Завершити' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Результат: Підсумковий тест' })).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    // the score is not shown yet, nor the correct answers and feedback; the person's answers are
    expect(screen.queryByText('75 %')).not.toBeInTheDocument();
    expect(screen.getByText('Оцінку буде показано пізніше.')).toBeInTheDocument();
    expect(screen.getAllByText('Ваша відповідь')).toHaveLength(3);
    expect(screen.getByText('Застосунок держпослуг')).toBeInTheDocument();
    expect(screen.queryByText('Правильна відповідь')).not.toBeInTheDocument();
    expect(screen.queryByText('Так!')).not.toBeInTheDocument();
    expect(screen.queryByText('Правильно')).not.toBeInTheDocument();
  });

  it('shows the score, the correct answers and feedback when the review allows them', async () => {
    const submitted = attempt({
      status: 'submitted',
      submittedAt: '2026-03-10T10:20:00Z',
      score: 75,
      passed: true,
      shows: { score: true, answers: true, correctAnswers: true, feedback: true },
    });
    submitted.questions[0]!.answer = 12;
    submitted.questions[0]!.review = { score: 0, state: 'wrong', feedback: '<p>Ні, це застосунок.</p>', correctAnswer: 11, generalFeedback: null };
    serve(submitted);
    open();

    expect(await screen.findByText('75 %')).toBeInTheDocument();
    expect(screen.getByText('Складено')).toBeInTheDocument();
    const first = screen.getByRole('region', { name: 'Питання 1 з 3' });
    expect(within(first).getByText('Неправильно · 0 з 1')).toBeInTheDocument();
    expect(within(first).getByText('Міністерство')).toBeInTheDocument();
    expect(within(first).getByText('Правильна відповідь')).toBeInTheDocument();
    expect(within(first).getByText('Застосунок держпослуг')).toBeInTheDocument();
    expect(within(first).getByText('Ні, це застосунок.')).toBeInTheDocument();
  });

  it('counts down by the server’s clock, warns at one minute and submits at zero', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    // The device's clock is an hour behind the server's: the countdown still shows 1:05 left.
    vi.setSystemTime(new Date(Date.parse(SERVER_NOW) - 3_600_000));
    const deadline = new Date(Date.parse(SERVER_NOW) + 65_000).toISOString();
    const submitted = attempt({ status: 'submitted', deadline, submittedAt: deadline });
    const { calls } = serve(attempt({ deadline }), { 'POST /api/attempts/300/submit': () => ({ body: submitted }) });
    open();

    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent(/01:0[45]/);
    await act(() => vi.advanceTimersByTimeAsync(6_000));
    expect(screen.getByRole('timer')).toHaveTextContent(/00:59|01:00/);
    expect(await screen.findAllByText('Залишилася 1 хвилина. Після цього спробу буде здано автоматично.')).not.toHaveLength(0);
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await act(() => vi.advanceTimersByTimeAsync(60_000));
    await waitFor(() => expect(calls.filter((call) => call.method === 'POST' && call.url.pathname === '/api/attempts/300/submit')).toHaveLength(1));
    expect(await screen.findByRole('heading', { level: 1, name: 'Результат: Підсумковий тест' })).toBeInTheDocument();
  });
});
