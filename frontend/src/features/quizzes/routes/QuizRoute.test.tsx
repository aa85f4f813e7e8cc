import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { attempt, quiz, renderAt } from '../testing';
import { QuizRoute } from './QuizRoute';

const learnerQuiz = (me: NonNullable<ReturnType<typeof quiz>['me']>) =>
  quiz({ published: true, questions: null, randomDraws: null, version: null, attemptCount: null, totalMarks: null, canEdit: false, me });

describe('a quiz for the learner', { timeout: 30_000 }, () => {
  it('shows the facts and their result, and starts an attempt', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    const { calls } = mockFetch({
      'GET /api/quizzes/50': { body: learnerQuiz({ attemptsUsed: 1, attemptsLeft: 1, inProgressAttemptId: null, score: 45, passed: false }) },
      'POST /api/quizzes/50/attempts': { status: 201, body: attempt({ id: 301 }) },
    });
    const user = userEvent.setup();
    const { router } = renderAt('/quizzes/:id', '/quizzes/50', <QuizRoute />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Підсумковий тест' })).toBeInTheDocument();
    expect(screen.getByText('Обмеження часу: 30 хвилин')).toBeInTheDocument();
    expect(screen.getByText('Залишилася 1 спроба (використано 1)')).toBeInTheDocument();
    expect(screen.getByText('Прохідний бал: 60 %')).toBeInTheDocument();
    expect(screen.getByText(/Ваш результат: 45 %/)).toBeInTheDocument();
    expect(screen.getByText('Не складено')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Почати спробу' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/attempts/301'));
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('continues the attempt in progress without starting another', async () => {
    const { calls } = mockFetch({
      'GET /api/quizzes/50': { body: learnerQuiz({ attemptsUsed: 1, attemptsLeft: 1, inProgressAttemptId: 300, score: null, passed: null }) },
    });
    const user = userEvent.setup();
    const { router } = renderAt('/quizzes/:id', '/quizzes/50', <QuizRoute />);
    await user.click(await screen.findByRole('button', { name: 'Продовжити спробу' }));
    expect(router.state.location.pathname).toBe('/attempts/300');
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('says when no attempts are left, and offers none', async () => {
    mockFetch({ 'GET /api/quizzes/50': { body: learnerQuiz({ attemptsUsed: 2, attemptsLeft: 0, inProgressAttemptId: null, score: null, passed: null }) } });
    renderAt('/quizzes/:id', '/quizzes/50', <QuizRoute />);
    expect(await screen.findByText('Усі спроби використано.')).toBeInTheDocument();
    expect(screen.getByText('Результат буде показано пізніше.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /спробу/ })).not.toBeInTheDocument();
  });
});
