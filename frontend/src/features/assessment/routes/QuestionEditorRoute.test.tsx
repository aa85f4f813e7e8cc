import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
// The app loads this screen lazily; importing it here keeps its compile time out of the first test.
import './QuestionEditorRoute';
import { bank, problem, question } from './fixtures';

/** The rich-text box labelled `name` (the editor's contenteditable). */
const richText = (name: string | RegExp, container: HTMLElement = document.body) => within(container).getByRole('textbox', { name });

/** Puts text in a rich-text box as a paste: ProseMirror in jsdom drops keystrokes typed one by one. */
async function fill(user: ReturnType<typeof userEvent.setup>, box: HTMLElement, text: string) {
  await user.click(box);
  await user.paste(text);
}

describe('question editor', { timeout: 40_000 }, () => {
  it('asks for the type first, checks a single choice before sending and creates it in the chosen category', async () => {
    const { calls } = bank({
      'POST /api/programs/7/questions': ({ body }) => ({ status: 201, body: question({ ...(body as object), id: 61, versionNumber: 1, version: 1 }) }),
      'GET /api/questions/61': { body: question({ id: 61 }) },
    });
    const user = userEvent.setup();
    const { router } = renderApp('/manage/programs/7/questions/new?category=2');

    expect(await screen.findByRole('heading', { level: 1, name: 'Яке питання створити?' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Одна правильна відповідь' }));
    expect(router.state.location.search).toBe('?type=single_choice&category=2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Нове питання' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Категорія/ })).toHaveValue('Право / Бюджет');

    // nothing filled in: the summary takes focus and lists what is missing
    await user.click(screen.getByRole('button', { name: 'Створити питання' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Назва: Заповніть це поле.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Текст питання: Заповніть це поле.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Рядок 1, текст: Заповніть або вилучіть цей рядок.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Варіанти відповідей: Один із варіантів має давати 100 %.' })).toBeInTheDocument();
    await user.click(within(summary).getByRole('link', { name: 'Текст питання: Заповніть це поле.' }));
    expect(richText(/^Текст питання/)).toHaveFocus();
    expect(richText(/^Текст питання/)).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByRole('textbox', { name: /^Назва/ }), 'Бюджетний кодекс');
    await fill(user, richText(/^Текст питання/), 'Хто ухвалює бюджет?');
    const rows = screen.getAllByTestId('answer-row');
    expect(rows).toHaveLength(3);
    await user.click(within(rows[2] as HTMLElement).getByRole('button', { name: 'Вилучити: Варіант 3' }));
    expect(screen.getAllByTestId('answer-row')).toHaveLength(2);
    // two options is the least: they cannot be removed
    expect(screen.queryByRole('button', { name: /^Вилучити: Варіант/ })).not.toBeInTheDocument();
    const [first, second] = screen.getAllByTestId('answer-row') as [HTMLElement, HTMLElement];
    await fill(user, richText(/^Текст варіанта/, first), 'Рада');
    await fill(user, richText(/^Текст варіанта/, second), 'Голова');
    await user.selectOptions(within(first).getByRole('combobox', { name: 'Оцінка' }), '100');
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Оцінка' }), '-33.33333');
    await user.type(screen.getByRole('combobox', { name: /^Мітки/ }), 'бюджет{Enter}');
    await user.click(screen.getByRole('button', { name: 'Створити питання' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/manage/programs/7/questions/61'));
    const sent = calls.find((call) => call.method === 'POST')?.body;
    expect(sent).toEqual({
      categoryId: 2,
      type: 'single_choice',
      name: 'Бюджетний кодекс',
      text: '<p>Хто ухвалює бюджет?</p>',
      feedback: null,
      mark: 1,
      penalty: 0.3333333,
      shuffle: true,
      caseSensitive: false,
      choices: [
        { text: '<p>Рада</p>', fraction: 1, feedback: null },
        { text: '<p>Голова</p>', fraction: -0.3333333, feedback: null },
      ],
      numbers: [],
      pairs: [],
      tags: ['бюджет'],
    });
  });

  it('asks multiple-choice grades to add up to 100 %', async () => {
    bank();
    const user = userEvent.setup();
    renderApp('/manage/programs/7/questions/new?type=multiple_choice');
    const rows = await screen.findAllByTestId('answer-row');
    await user.selectOptions(within(rows[0] as HTMLElement).getByRole('combobox', { name: 'Оцінка' }), '50');
    await user.selectOptions(within(rows[1] as HTMLElement).getByRole('combobox', { name: 'Оцінка' }), '33.33333');
    await user.click(screen.getByRole('button', { name: 'Створити питання' }));
    expect(await screen.findByText('Оцінки правильних варіантів (більші за 0 %) разом мають давати 100 %.', { selector: 'p' })).toBeInTheDocument();
  });

  it('has the fields of each type', async () => {
    const { calls } = bank({
      'POST /api/programs/7/questions': ({ body }) => ({ status: 201, body: question({ ...(body as object), id: 62 }) }),
      'GET /api/questions/62': { body: question({ id: 62 }) },
    });
    const user = userEvent.setup();
    const { router } = renderApp('/manage/programs/7/questions/new?type=true_false');

    // true/false: which statement is right, and feedback on each answer
    expect(await screen.findByRole('radio', { name: 'Правда' })).toBeChecked();
    expect(richText(/^Відгук на відповідь «Правда»/)).toBeInTheDocument();
    expect(richText(/^Відгук на відповідь «Неправда»/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Перемішувати варіанти відповідей' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Назва/ }), 'Кворум');
    await fill(user, richText(/^Текст питання/), 'Кворум — половина депутатів.');
    await user.click(screen.getByRole('radio', { name: 'Неправда' }));
    await fill(user, richText(/^Відгук на відповідь «Правда»/), 'Ні: більше половини.');
    await user.click(screen.getByRole('button', { name: 'Створити питання' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/manage/programs/7/questions/62'));
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({
      categoryId: 1,
      type: 'true_false',
      penalty: 1,
      choices: [
        { text: 'true', fraction: 0, feedback: '<p>Ні: більше половини.</p>' },
        { text: 'false', fraction: 1, feedback: null },
      ],
    });

    // short answer: plain answers, no negative grades, case sensitivity
    await router.navigate('/manage/programs/7/questions/new?type=short_answer');
    expect(await screen.findByRole('checkbox', { name: 'Розрізняти великі й малі літери' })).not.toBeChecked();
    const shortRow = screen.getByTestId('answer-row');
    expect(within(shortRow).getByRole('textbox', { name: /^Відповідь/ })).toBeInstanceOf(HTMLInputElement);
    expect(within(shortRow).getByRole('combobox', { name: 'Оцінка' })).toHaveValue('100');
    expect(within(within(shortRow).getByRole('combobox', { name: 'Оцінка' })).queryByRole('option', { name: '-50 %' })).not.toBeInTheDocument();

    // numerical: a number and its error margin, with a decimal comma
    await router.navigate('/manage/programs/7/questions/new?type=numerical');
    const number = await screen.findByRole('textbox', { name: /^Число/ });
    await user.type(number, 'три');
    await user.click(screen.getByRole('button', { name: 'Створити питання' }));
    expect(await screen.findByText('Введіть число, наприклад 12 або 3,5.', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Допустима похибка' })).toHaveValue('0');

    // matching: pairs with prompts, extra answers without
    await router.navigate('/manage/programs/7/questions/new?type=matching');
    expect(await screen.findAllByRole('textbox', { name: /^Запитання/ })).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Додати зайву відповідь' }));
    const extra = screen.getAllByTestId('answer-row')[2] as HTMLElement;
    expect(within(extra).getByText('Зайва відповідь 1')).toBeInTheDocument();
    expect(within(extra).queryByRole('textbox', { name: /^Запитання/ })).not.toBeInTheDocument();
    expect(within(extra).getByRole('textbox', { name: /^Відповідь, що ні до чого не пасує/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Перемішувати варіанти відповідей' })).toBeChecked();
  });

  it('warns that an answered question gets a new version, and offers the current one when a save was stale', async () => {
    let reads = 0;
    const { calls } = bank({
      'GET /api/questions/51': () => {
        reads += 1;
        return { body: reads === 1 ? question({ answered: true }) : question({ answered: true, name: 'Бюджет громади', version: 9, versionNumber: 4 }) };
      },
      'PUT /api/questions/51': problem(409, 'stale_version', 'Питання вже змінили.'),
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/questions/51');

    expect(await screen.findByRole('heading', { level: 1, name: 'Бюджетний кодекс' })).toBeInTheDocument();
    expect(
      screen.getByText('Цим питанням уже відповідали: збереження створить нову версію, попередні спроби залишаться з оцінками за старою.'),
    ).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: /^Назва/ });
    expect(name).toHaveValue('Бюджетний кодекс');
    expect(richText(/^Текст питання/)).toHaveTextContent('Хто ухвалює місцевий бюджет?');
    const rows = screen.getAllByTestId('answer-row');
    expect(within(rows[0] as HTMLElement).getByRole('combobox', { name: 'Оцінка' })).toHaveValue('100');
    expect(richText(/^Відгук на цю відповідь/, rows[0] as HTMLElement)).toHaveTextContent('Так, рада.');

    await user.type(name, ' (2026)');
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    const stale = await screen.findByRole('alert', { name: 'Хтось щойно змінив це питання' });
    expect(calls.find((call) => call.method === 'PUT')?.body).toMatchObject({ name: 'Бюджетний кодекс (2026)', version: 8 });
    await user.click(within(stale).getByRole('button', { name: 'Завантажити актуальну версію' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Назва/ })).toHaveValue('Бюджет громади'));
    expect(screen.queryByRole('alert', { name: 'Хтось щойно змінив це питання' })).not.toBeInTheDocument();
  });

  it('shows a structural problem the server found, and the server’s field errors under their rows', async () => {
    bank({
      'GET /api/questions/51': { body: question() },
      'PUT /api/questions/51': problem(400, 'validation_failed', 'Перевірте поля.', [
        { field: 'question', code: 'question_invalid', message: 'Варіанти не можуть повторюватися.' },
        { field: 'choices[1].fraction', code: 'fraction_invalid', message: 'Недопустима оцінка.' },
      ]),
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/questions/51');
    await user.click(await screen.findByRole('button', { name: 'Зберегти' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Варіанти не можуть повторюватися.')).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Рядок 2, оцінка: Недопустима оцінка.' })).toBeInTheDocument();
    const second = screen.getAllByTestId('answer-row')[1] as HTMLElement;
    expect(within(second).getByRole('combobox', { name: 'Оцінка' })).toHaveAccessibleDescription('Недопустима оцінка.');
  });

  it('deletes a question after asking, and goes back to its category', async () => {
    const { calls } = bank({ 'GET /api/questions/51': { body: question({ answered: true }) }, 'DELETE /api/questions/51': { status: 204 } });
    const user = userEvent.setup();
    const { router } = renderApp('/manage/programs/7/questions/51');
    await user.click(await screen.findByRole('button', { name: 'Видалити питання' }));
    const dialog = await screen.findByRole('dialog', { name: 'Видалити питання?' });
    expect(dialog).toHaveTextContent('спроби, у яких на нього вже відповіли, збережуть свої оцінки');
    await user.click(within(dialog).getByRole('button', { name: 'Видалити питання' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/manage/programs/7/questions'));
    expect(router.state.location.search).toBe('?category=2');
    expect(calls.filter((call) => call.method === 'DELETE').map((call) => call.url.pathname)).toEqual(['/api/questions/51']);
  });
});
