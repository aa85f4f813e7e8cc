import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { program, quiz, renderAt } from '../testing';
import { QuizzesTab } from './QuizzesTab';

const attempts = [
  { id: 1, userId: 10, fullName: 'Олена Коваль', number: 1, status: 'submitted', startedAt: '2026-03-10T09:00:00Z', submittedAt: '2026-03-10T09:20:00Z', score: 45, passed: false },
  { id: 2, userId: 10, fullName: 'Олена Коваль', number: 2, status: 'submitted', startedAt: '2026-03-11T09:00:00Z', submittedAt: '2026-03-11T09:25:00Z', score: 80, passed: true },
  { id: 3, userId: 11, fullName: 'Андрій Бондар', number: 1, status: 'in_progress', startedAt: '2026-03-12T09:00:00Z', submittedAt: null, score: null, passed: null },
];
const analysis = {
  attempts: 2,
  questions: [
    {
      questionId: 900,
      name: 'Що таке Дія?',
      type: 'single_choice',
      facility: 0.5,
      discrimination: 0.42,
      choices: [
        { text: 'Застосунок держпослуг', picked: 1 },
        { text: 'Міністерство', picked: 1 },
      ],
    },
    { questionId: 902, name: 'Портал відкритих даних', type: 'short_answer', facility: null, discrimination: null, choices: null },
  ],
};

function serve() {
  document.cookie = 'civitas_csrf=t; path=/';
  return mockFetch({
    'GET /api/quizzes/50': { body: quiz() },
    'GET /api/quizzes/50/attempts': { body: attempts },
    'GET /api/quizzes/50/analysis': { body: analysis },
    'POST /api/quizzes/50/regrade': { body: { regraded: 2 } },
  });
}

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => `${within(row).getAllByRole('cell')[0]?.textContent} ${within(row).getAllByRole('cell')[1]?.textContent}`);

describe('quiz results', { timeout: 30_000 }, () => {
  it('lists the attempts with export links, filters and sorts them', async () => {
    serve();
    const user = userEvent.setup();
    renderAt('/tab', '/tab?results=50', <QuizzesTab program={program} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Результати: Підсумковий тест' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Завантажити CSV' })).toHaveAttribute('href', '/api/quizzes/50/attempts.csv');
    expect(screen.getByRole('link', { name: 'Завантажити XLSX' })).toHaveAttribute('href', '/api/quizzes/50/attempts.xlsx');

    const section = screen.getByRole('region', { name: 'Спроби' });
    const table = await within(section).findByRole('table');
    expect(names(table)).toEqual(['Андрій Бондар 1', 'Олена Коваль 1', 'Олена Коваль 2']);

    await user.click(within(table).getByRole('button', { name: /Оцінка/ }));
    await user.click(within(table).getByRole('button', { name: /Оцінка/ }));
    expect(within(table).getByRole('columnheader', { name: /Оцінка/ })).toHaveAttribute('aria-sort', 'descending');
    expect(names(table)).toEqual(['Олена Коваль 2', 'Олена Коваль 1', 'Андрій Бондар 1']);
    expect(within(table).getByText('80 %')).toBeInTheDocument();

    await user.type(within(section).getByRole('searchbox', { name: 'Пошук за ім’ям' }), 'андрій');
    expect(names(table)).toEqual(['Андрій Бондар 1']);
    expect(within(section).getByText('Показано 1 з 3')).toBeInTheDocument();
  });

  it('regrades after confirmation', async () => {
    const { calls } = serve();
    const user = userEvent.setup();
    renderAt('/tab', '/tab?results=50', <QuizzesTab program={program} />);

    await user.click(await screen.findByRole('button', { name: 'Переоцінити' }));
    const dialog = await screen.findByRole('dialog', { name: 'Переоцінити всі спроби?' });
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Переоцінити' }));
    await waitFor(() => expect(calls.filter((call) => call.method === 'POST').map((call) => call.url.pathname)).toEqual(['/api/quizzes/50/regrade']));
    expect(await screen.findByText('Переоцінено 2 спроби.')).toBeInTheDocument();
  });

  it('shows the item analysis: facility, discrimination and the choices picked', async () => {
    serve();
    renderAt('/tab', '/tab?results=50', <QuizzesTab program={program} />);

    const section = await screen.findByRole('region', { name: 'Аналіз питань' });
    expect(await within(section).findByText('За 2 зданими спробами.')).toBeInTheDocument();
    const table = within(section).getByRole('table');
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByText('50 %')).toBeInTheDocument();
    expect(within(first!).getByText('0.42')).toBeInTheDocument();
    expect(within(first!).getByText('Застосунок держпослуг: 1 раз')).toBeInTheDocument();
    expect(within(second!).getAllByText('—')).toHaveLength(2);
    expect(await screen.findByTestId('analysis-chart')).toHaveAttribute('aria-hidden', 'true');
  });
});
