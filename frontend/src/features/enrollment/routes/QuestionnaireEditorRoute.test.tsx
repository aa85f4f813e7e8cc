import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch, type RecordedRequest } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
// The app loads this screen lazily; importing it here keeps its compile time out of the first test.
import './QuestionnaireEditorRoute';
import { managedProgram, questionnaire, trainerMe } from './fixtures';

/** Pastes instead of typing key by key: the whole editor re-renders on each change. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

/** Picks an option of a Mantine Select; its dropdown is still in its opening transition in jsdom. */
async function choose(user: ReturnType<typeof userEvent.setup>, combobox: HTMLElement, name: string) {
  await user.click(combobox);
  const listbox = document.getElementById(combobox.getAttribute('aria-controls') ?? '');
  if (!listbox) throw new Error('the select did not open');
  await user.click(within(listbox).getByRole('option', { name, hidden: true }));
}

const puts = (calls: RecordedRequest[]) =>
  calls.filter((call) => call.method === 'PUT' && call.url.pathname === '/api/programs/7/questionnaire');

function editor(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/me': { body: trainerMe },
    'GET /api/programs/7': { body: managedProgram },
    'GET /api/programs/7/questionnaire': { body: questionnaire },
    ...extra,
  });
}

// Whole-app renders with many Mantine inputs are slow in jsdom on a busy machine.
describe('questionnaire editor', { timeout: 15_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });

  it('lists the profile fields, adds a choice question with a fresh id and saves with the loaded version', async () => {
    const { calls } = editor({
      'PUT /api/programs/7/questionnaire': ({ body }) => ({
        body: { ...(body as object), programId: 7, version: 2 },
      }),
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/questionnaire');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Анкета: Цифрова трансформація громад' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ці поля профілю запитуються завжди')).toBeInTheDocument();
    expect(screen.getByText('Згода на обробку персональних даних')).toBeInTheDocument();
    expect(await screen.findAllByTestId('question-card')).toHaveLength(5);

    await user.click(screen.getByRole('button', { name: 'Додати запитання' }));
    const cards = screen.getAllByTestId('question-card');
    expect(cards).toHaveLength(6);
    const card = cards[5] as HTMLElement;
    expect(within(card).getByText('q1')).toBeInTheDocument();
    await fill(user, within(card).getByRole('textbox', { name: /Текст запитання/ }), 'Як ви дізналися про програму?');
    await choose(user, within(card).getByRole('combobox', { name: 'Тип відповіді' }), 'Один варіант зі списку');
    await fill(user, await within(card).findByRole('textbox', { name: 'Варіант 1' }), 'Від колег');
    await fill(user, within(card).getByRole('textbox', { name: 'Варіант 2' }), 'З сайту');
    await user.click(within(card).getByRole('button', { name: /Додати варіант/ }));
    await fill(user, within(card).getByRole('textbox', { name: 'Варіант 3' }), 'Інше');
    await user.click(within(card).getByRole('switch', { name: 'Обов\'язкове запитання' }));
    await user.click(screen.getByRole('switch', { name: /Дозволити повторно подати заявку/ }));
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));

    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]?.body).toEqual({
      version: 1,
      allowReapply: true,
      questions: [
        ...questionnaire.questions,
        {
          id: 'q1',
          kind: 'single_choice',
          label: 'Як ви дізналися про програму?',
          required: true,
          options: ['Від колег', 'З сайту', 'Інше'],
        },
      ],
    });
    expect(await screen.findByText('Анкету збережено.')).toBeInTheDocument();
  });

  it('moves and deletes questions and checks options before saving', async () => {
    const { calls } = editor();
    const user = userEvent.setup();
    renderApp('/manage/programs/7/questionnaire');

    await user.click(await screen.findByRole('button', { name: 'Перемістити запитання 2 вище' }));
    await user.click(screen.getByRole('button', { name: 'Видалити запитання 5' }));
    const cards = screen.getAllByTestId('question-card');
    expect(cards).toHaveLength(4);
    expect(within(cards[0] as HTMLElement).getByText('motivation')).toBeInTheDocument();

    const format = cards[2] as HTMLElement;
    expect(within(format).getByText('format')).toBeInTheDocument();
    await user.click(within(format).getByRole('button', { name: 'Вилучити варіант 2' }));
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));

    expect(await within(format).findByText('Додайте щонайменше два варіанти відповіді.')).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: 'Виправте 1 поле' })).toHaveFocus();
    expect(puts(calls)).toHaveLength(0);
  });

  it('shows a server field error on the question it is about', async () => {
    editor({
      'PUT /api/programs/7/questionnaire': {
        status: 400,
        body: {
          status: 400,
          code: 'validation_failed',
          detail: 'Перевірте дані.',
          errors: [{ field: 'questions[1].label', code: 'too_long', message: 'Не довше за 500 символів.' }],
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/questionnaire');

    await user.click(await screen.findByRole('button', { name: 'Зберегти' }));
    const second = screen.getAllByTestId('question-card')[1] as HTMLElement;
    const label = within(second).getByRole('textbox', { name: /Текст запитання/ });
    await waitFor(() => expect(label).toHaveAccessibleDescription('Не довше за 500 символів.'));
    expect(label).toHaveAttribute('aria-invalid', 'true');
    const summary = screen.getByRole('alert', { name: 'Виправте 1 поле' });
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: /Не довше за 500 символів/ }));
    expect(label).toHaveFocus();
  });

  it('explains a stale save and reloads the current questionnaire', async () => {
    let current = questionnaire;
    const { calls } = editor({
      'GET /api/programs/7/questionnaire': () => ({ body: current }),
      'PUT /api/programs/7/questionnaire': {
        status: 409,
        body: { status: 409, code: 'stale_version', detail: 'Запис щойно змінив хтось інший.' },
      },
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/questionnaire');

    await user.click(await screen.findByRole('button', { name: 'Додати запитання' }));
    await fill(user, screen.getAllByRole('textbox', { name: /Текст запитання/ }).at(-1) as HTMLElement, 'Нове запитання');
    current = {
      ...questionnaire,
      version: 2,
      questions: [{ id: 'laptop', kind: 'yes_no', label: 'Чи маєте ви ноутбук?', required: true, options: null }],
    };
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));

    const alert = (await screen.findByText('Анкету щойно змінив хтось інший')).closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the stale message is not in an alert');
    expect(puts(calls)[0]?.body).toMatchObject({ version: 1 });
    await user.click(within(alert).getByRole('button', { name: 'Завантажити актуальну версію' }));

    await waitFor(() => expect(screen.getAllByTestId('question-card')).toHaveLength(1));
    expect(screen.queryByText('Анкету щойно змінив хтось інший')).not.toBeInTheDocument();
  });

  it('previews the questions as the applicant will see them', async () => {
    editor();
    const user = userEvent.setup();
    renderApp('/manage/programs/7/questionnaire');

    await user.click(await screen.findByRole('button', { name: 'Перегляд' }));
    const dialog = await screen.findByRole('dialog', { name: 'Так анкету побачить учасник' });
    expect(within(dialog).getByRole('radiogroup', { name: /Зручний формат/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: /Теми, що цікавлять/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Так' })).toBeInTheDocument();
  });
});
