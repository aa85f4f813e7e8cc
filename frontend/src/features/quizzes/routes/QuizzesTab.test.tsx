import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, type Handler } from '../../../testing/fetch-mock';
import { program, quiz, renderAt } from '../testing';
import { QuizzesTab } from './QuizzesTab';

const bankPage = {
  items: [
    { id: 900, type: 'single_choice', name: 'Що таке Дія?', categoryId: 4, category: ['Основи'], tags: [], versionNumber: 1, answered: 0, updatedAt: '2026-03-01T10:00:00Z' },
    { id: 901, type: 'matching', name: 'Послуги та органи', categoryId: 4, category: ['Основи'], tags: [], versionNumber: 2, answered: 0, updatedAt: '2026-03-01T10:00:00Z' },
  ],
  page: 0,
  size: 20,
  totalItems: 2,
  totalPages: 1,
};
const categories = [{ id: 4, parentId: null, name: 'Основи', path: ['Основи'], questionCount: 2 }];

function serve(routes: Record<string, Handler> = {}) {
  document.cookie = 'civitas_csrf=t; path=/';
  return mockFetch({
    'GET /api/programs/7/quizzes': () => ({ body: [quiz({ published: true, attemptCount: 4 })] }),
    'GET /api/programs/7/questions': () => ({ body: bankPage }),
    'GET /api/programs/7/question-categories': () => ({ body: categories }),
    'GET /api/quizzes/50': () => ({ body: quiz() }),
    ...routes,
  });
}

const open = (path = '/tab') => renderAt('/tab', path, <QuizzesTab program={program} />);

describe('tests tab', { timeout: 30_000 }, () => {
  it('lists the quizzes with their module, state and facts', async () => {
    serve();
    open();
    const row = await screen.findByTestId('quiz-row');
    expect(within(row).getByText('Підсумковий тест програми')).toBeInTheDocument();
    expect(within(row).getByText('Опубліковано')).toBeInTheDocument();
    expect(within(row).getByText('1 питання · Обмеження часу: 30 хвилин · 2 спроби · Прохідний бал: 60 %')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Результати тесту «Підсумковий тест»' })).toBeInTheDocument();
  });

  it('checks the settings before sending, then creates the quiz with questions picked from the bank', async () => {
    const { calls } = serve({ 'POST /api/programs/7/quizzes': () => ({ status: 201, body: quiz({ id: 51, title: 'Тест модуля 1' }) }) });
    const user = userEvent.setup();
    const { router } = open();

    await user.click(await screen.findByRole('button', { name: 'Новий тест' }));
    expect(router.state.location.search).toBe('?quiz=new');
    await screen.findByRole('heading', { level: 1, name: `Новий тест: ${program.title}` });

    const passMark = screen.getByRole('textbox', { name: /^Прохідний бал/ });
    await user.clear(passMark);
    await user.type(passMark, '150');
    await user.type(screen.getByRole('textbox', { name: /^Кількість спроб/ }), '{backspace}0');
    await user.click(screen.getByRole('switch', { name: /Опубліковано/ }));
    await user.click(screen.getByRole('button', { name: 'Створити тест' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Назва: Заповніть це поле.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Прохідний бал: Ціле число від 0 до 100.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /^Кількість спроб: Ціле число, більше за 0/ })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /^Питання: Опублікований тест має містити питання/ })).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /^Назва/ }), 'Тест модуля 1');
    await user.clear(passMark);
    await user.type(passMark, '70');
    await user.clear(screen.getByRole('textbox', { name: /^Кількість спроб/ }));

    // the picker: search, tick two, add them
    await user.click(screen.getByRole('button', { name: 'Вибрати з банку питань' }));
    const picker = await screen.findByRole('dialog', { name: 'Питання з банку' });
    await user.type(within(picker).getByRole('searchbox', { name: 'Пошук за текстом або назвою' }), 'Дія');
    await waitFor(() => expect(calls.some((call) => call.url.pathname.endsWith('/questions') && call.url.searchParams.get('q') === 'Дія')).toBe(true));
    await user.click(within(picker).getByRole('checkbox', { name: /Що таке Дія\?/ }));
    await user.click(within(picker).getByRole('checkbox', { name: /Послуги та органи/ }));
    await user.click(within(picker).getByRole('button', { name: 'Додати 2 питання' }));
    const picked = screen.getAllByTestId('picked-question');
    expect(picked).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Перемістити «Послуги та органи» вище' }));
    await user.type(screen.getByRole('textbox', { name: 'Бал за «Послуги та органи»' }), '2');

    // the review policy grid: correct answers right after submitting too
    await user.click(screen.getByRole('checkbox', { name: 'Після здачі: Правильні відповіді' }));
    await user.click(screen.getByRole('radio', { name: 'Усі питання на одній сторінці' }));

    await user.click(screen.getByRole('button', { name: 'Створити тест' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    const sent = calls.find((call) => call.method === 'POST')?.body;
    expect(sent).toEqual({
      title: 'Тест модуля 1',
      description: '',
      moduleId: null,
      passMark: 70,
      attemptsAllowed: null,
      grading: 'highest',
      timeLimitMinutes: null,
      opensAt: null,
      closesAt: null,
      shuffleQuestions: false,
      shuffleChoices: true,
      layout: 'all_on_one_page',
      questions: [
        { questionId: 901, mark: 2 },
        { questionId: 900, mark: null },
      ],
      randomDraws: [],
      review: {
        afterSubmit: { score: true, answers: true, correctAnswers: true, feedback: true },
        afterClose: { score: true, answers: true, correctAnswers: true, feedback: true },
      },
      published: true,
    });
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('offers the current version when a save is refused as stale', async () => {
    let version = 3;
    const { calls } = serve({
      'GET /api/quizzes/50': () => ({ body: quiz({ version, title: version === 3 ? 'Підсумковий тест' : 'Змінений тест' }) }),
      'PUT /api/quizzes/50': () => ({ status: 409, body: { status: 409, code: 'stale_version', detail: 'Тест змінено.' } }),
    });
    const user = userEvent.setup();
    open('/tab?quiz=50');

    const title = await screen.findByRole('textbox', { name: /^Назва/ });
    await user.type(title, ' 2026');
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    const stale = await screen.findByRole('alert', { name: /Хтось щойно змінив цей тест/ });
    expect(calls.find((call) => call.method === 'PUT')?.body).toMatchObject({ title: 'Підсумковий тест 2026', version: 3 });
    version = 4;
    await user.click(within(stale).getByRole('button', { name: 'Завантажити актуальну версію' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Назва/ })).toHaveValue('Змінений тест'));
    expect(screen.queryByRole('alert', { name: /Хтось щойно змінив/ })).not.toBeInTheDocument();
  });

  it('adds a random draw from a category, and refuses a draw without one', async () => {
    serve();
    const user = userEvent.setup();
    open('/tab?quiz=new');
    await user.type(await screen.findByRole('textbox', { name: /^Назва/ }), 'Тест');
    await user.click(screen.getByRole('button', { name: 'Додати випадковий вибір' }));
    await user.click(screen.getByRole('button', { name: 'Створити тест' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Категорія вибору 1: Заповніть це поле.' })).toBeInTheDocument();
  });
});
