import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
// The app loads this screen lazily; importing it here keeps its compile time out of the first test.
import './QuestionBankRoute';
import { bank, categories, page, problem, summary } from './fixtures';

const questionReads = (calls: ReturnType<typeof bank>['calls']) => calls.filter((call) => call.url.pathname === '/api/programs/7/questions');

describe('question bank', { timeout: 30_000 }, () => {
  it('shows the category tree and the selected category’s questions, with the filters in the URL', async () => {
    const { calls } = bank({
      'GET /api/programs/7/questions': ({ url }) =>
        url.searchParams.get('type') === 'matching'
          ? { body: page([]) }
          : { body: page([summary(), summary({ id: 52, type: 'true_false', name: 'Кворум', tags: [], versionNumber: 1, answered: false })], { totalItems: 60, totalPages: 2 }) },
    });
    const user = userEvent.setup();
    const { router } = renderApp('/manage/programs/7/questions?category=1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Банк питань: Цифрова трансформація громад' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Питання' })).toHaveAttribute('aria-current', 'page');
    const tree = screen.getByRole('tree', { name: 'Категорії' });
    const items = within(tree).getAllByRole('treeitem');
    expect(items.map((item) => item.getAttribute('aria-level'))).toEqual(['1', '1', '2', '1']);
    const law = within(tree).getByRole('treeitem', { name: /^Право/ });
    expect(law).toHaveAttribute('aria-selected', 'true');
    expect(law).toHaveAttribute('aria-expanded', 'true');
    expect(within(law).getByLabelText('3 питання')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Право' })).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Питання вибраної категорії' });
    const rows = within(table).getAllByTestId('question-row');
    expect(rows).toHaveLength(2);
    const first = rows[0] as HTMLElement;
    expect(within(first).getByRole('link', { name: 'Бюджетний кодекс' })).toHaveAttribute('href', '/manage/programs/7/questions/51');
    expect(within(first).getByText('Одна правильна відповідь')).toBeInTheDocument();
    expect(within(first).getByText('бюджет')).toBeInTheDocument();
    expect(within(first).getByText('в. 3')).toBeInTheDocument();
    expect(within(first).getByText('Є відповіді')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).queryByText('Є відповіді')).not.toBeInTheDocument();
    expect(screen.getByText('Знайдено 60 питань')).toBeInTheDocument();
    const firstRead = questionReads(calls)[0];
    expect(firstRead?.url.searchParams.get('categoryId')).toBe('1');
    expect(firstRead?.url.searchParams.get('subcategories')).toBe('true');
    expect(firstRead?.url.searchParams.get('page')).toBe('0');
    expect(firstRead?.url.searchParams.get('size')).toBe('50');

    // the keyboard moves through the tree and selects
    law.focus();
    await user.keyboard('{ArrowDown}');
    expect(within(tree).getByRole('treeitem', { name: /^Бюджет/ })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(law).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(law).toHaveAttribute('aria-expanded', 'false');
    expect(within(tree).queryByRole('treeitem', { name: /^Бюджет/ })).not.toBeInTheDocument();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?category=3'));
    expect(within(tree).getByRole('treeitem', { name: /^Етика/ })).toHaveAttribute('aria-selected', 'true');

    // filters: subcategories, type, search, page
    await user.click(screen.getByRole('switch', { name: 'Разом із підкатегоріями' }));
    await waitFor(() => expect(router.state.location.search).toBe('?category=3&sub=0'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Тип' }), 'matching');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('type')).toBe('matching'));
    expect(await screen.findByText('Знайдено 0 питань')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Пошук за назвою чи текстом' }), 'кворум');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('кворум'));
    const last = questionReads(calls).at(-1);
    expect(Object.fromEntries(last?.url.searchParams ?? [])).toMatchObject({ categoryId: '3', subcategories: 'false', type: 'matching', q: 'кворум' });
  });

  it('pages through the list and links the new, import and export actions to the selected category', async () => {
    const { calls } = bank({ 'GET /api/programs/7/questions': { body: page([summary()], { totalItems: 60, totalPages: 2 }) } });
    const user = userEvent.setup();
    const { router } = renderApp('/manage/programs/7/questions?category=2');
    await user.click(await screen.findByRole('button', { name: 'Сторінка 2' }));
    await waitFor(() => expect(router.state.location.search).toBe('?category=2&page=2'));
    await waitFor(() => expect(questionReads(calls).at(-1)?.url.searchParams.get('page')).toBe('1'));

    expect(screen.getByRole('link', { name: 'Нове питання' })).toHaveAttribute('href', '/manage/programs/7/questions/new?category=2');
    expect(screen.getByRole('link', { name: 'Імпорт' })).toHaveAttribute('href', '/manage/programs/7/questions/import?category=2');
    await user.click(screen.getByRole('button', { name: 'Експорт' }));
    // The dropdown is still in its opening transition in jsdom, hence `hidden`.
    const gift = await screen.findByRole('menuitem', { name: 'GIFT: Категорія «Бюджет»', hidden: true });
    expect(gift).toHaveAttribute('href', '/api/programs/7/questions/export?format=gift&category=2');
    expect(gift).toHaveAttribute('download');
    expect(screen.getByRole('menuitem', { name: 'Moodle XML: Усі питання', hidden: true })).toHaveAttribute('href', '/api/programs/7/questions/export?format=moodle-xml');
  });

  it('adds, moves and deletes categories, showing the server’s refusals', async () => {
    const { calls } = bank({
      'POST /api/programs/7/question-categories': ({ body }) =>
        (body as { name: string }).name === 'Право'
          ? problem(409, 'category_exists', 'Категорія з такою назвою тут уже є.')
          : { status: 201, body: { id: 4, parentId: 1, name: 'Закупівлі', path: ['Право', 'Закупівлі'], questionCount: 0 } },
      'PUT /api/question-categories/1': problem(400, 'validation_failed', 'Перевірте поля.', [
        { field: 'parentId', code: 'category_cycle', message: 'Категорію не можна перенести всередину неї самої.' },
      ]),
      'DELETE /api/question-categories/1': problem(409, 'category_not_empty', 'У категорії є питання.'),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/manage/programs/7/questions?category=1');

    await user.click(await screen.findByRole('button', { name: 'Додати підкатегорію' }));
    let dialog = await screen.findByRole('dialog', { name: 'Нова категорія' });
    await user.type(within(dialog).getByRole('textbox', { name: /Назва категорії/ }), 'Право');
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Категорія з такою назвою тут уже є.');
    const name = within(dialog).getByRole('textbox', { name: /Назва категорії/ });
    await user.clear(name);
    await user.type(name, 'Закупівлі');
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти' }));
    await waitFor(() => expect(router.state.location.search).toBe('?category=4'));
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.body)).toEqual([
      { name: 'Право', parentId: 1 },
      { name: 'Закупівлі', parentId: 1 },
    ]);

    await user.click(within(screen.getByRole('tree')).getByText('Право'));
    await user.click(await screen.findByRole('button', { name: 'Перейменувати чи перемістити' }));
    dialog = await screen.findByRole('dialog', { name: 'Категорія' });
    // a category cannot move under itself: neither it nor its subcategories are offered
    const place = within(dialog).getByRole('combobox', { name: 'Розташування' });
    await user.click(place);
    const listbox = await waitFor(() => document.getElementById(place.getAttribute('aria-controls') ?? '') as HTMLElement);
    const options = within(listbox).getAllByRole('option', { hidden: true }).map((option) => option.textContent);
    expect(options).toEqual(['На верхньому рівні', 'Етика']);
    await user.click(within(listbox).getByRole('option', { name: 'Етика', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти' }));
    expect(await within(dialog).findByRole('link', { name: 'Розташування: Категорію не можна перенести всередину неї самої.' })).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ name: 'Право', parentId: 3 });
    await user.click(within(dialog).getByRole('button', { name: 'Скасувати' }));

    await user.click(screen.getByRole('button', { name: 'Видалити категорію' }));
    dialog = await screen.findByRole('dialog', { name: 'Видалити категорію?' });
    await user.click(within(dialog).getByRole('button', { name: 'Видалити категорію' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('У категорії є питання.');
    expect(categories).toHaveLength(3);
  });
});
