import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, type RecordedRequest } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { FakeXhr } from '../../../testing/fake-xhr';
import type { Material, Program } from '../api/schemas';
import { adminMe, materials, page, program } from './fixtures';

const draft: Program = { ...program, status: 'draft', canEdit: true };
const base = {
  'GET /api/me': { body: adminMe },
  'GET /api/admin/users': { body: page([]) },
  'GET /api/programs/7': { body: draft },
};

const calledWith = (calls: RecordedRequest[], method: string, path: string) =>
  calls.filter((call) => call.method === method && call.url.pathname === path);

/** Each group's heading with the titles of its materials, as the editor shows them. */
const groupsShown = () =>
  screen.getAllByTestId('material-group').map((group) => [
    within(group).getByRole('heading').textContent,
    ...within(group)
      .queryAllByTestId('material-row')
      .map((row) => within(row).getByRole('link').textContent?.replace(/ ↗.*$/, '')),
  ]);

const pdf = (name = 'Лекція 1. Вступ.pdf') => new File(['%PDF-1.4 test'], name, { type: 'application/pdf' });

describe('materials in the program editor', () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });

  it('lists the materials under the whole program and under each module', async () => {
    mockFetch({ ...base, 'GET /api/programs/7/materials': { body: materials } });
    renderApp('/manage/programs/7');

    const section = await screen.findByRole('region', { name: 'Матеріали' });
    await within(section).findAllByTestId('material-row');
    expect(groupsShown()).toEqual([
      ['Уся програма', 'Розклад програми', 'Чат учасників'],
      ['Модуль 1. Основи цифрового врядування', 'Презентація: основи', 'Закон про електронні документи'],
      ['Модуль 2. Електронні послуги', 'Інструкція до ЦНАП'],
      ['Модуль 3. Кібергігієна'],
    ]);
    expect(within(section).getByText('Немає матеріалів.')).toBeInTheDocument();

    const [schedule, chat] = within(section).getAllByTestId('material-row');
    expect(within(schedule!).getByRole('link', { name: 'Розклад програми' })).toHaveAttribute('href', '/api/materials/50/file');
    expect(within(schedule!).getByText('PDF · 2,4 МБ · rozklad.pdf')).toBeInTheDocument();
    expect(within(schedule!).getByText('Публічний')).toBeInTheDocument();
    const chatLink = within(chat!).getByRole('link', { name: /Чат учасників/ });
    expect(chatLink).toHaveAttribute('href', 'https://chat.example.org/civitas');
    expect(chatLink).toHaveAttribute('target', '_blank');
    expect(chatLink).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(chat!).getByText('Для учасників')).toBeInTheDocument();
    expect(within(section).getByText('DOCX · 18,1 КБ · instrukciya.docx')).toBeInTheDocument();
  });

  it('moves a material within its group and sends every id of the program in the new order', async () => {
    let current: Material[] = materials;
    const { calls } = mockFetch({
      ...base,
      'GET /api/programs/7/materials': () => ({ body: current }),
      'PUT /api/programs/7/materials/order': ({ body }) => {
        current = (body as { materialIds: number[] }).materialIds.flatMap((id, position) => {
          const material = materials.find((m) => m.id === id);
          return material ? [{ ...material, position }] : [];
        });
        return { body: current };
      },
    });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    await screen.findAllByTestId('material-row');
    // Moves stay inside a group: the first of a group cannot go up, the last cannot go down.
    expect(screen.getByRole('button', { name: 'Перемістити вгору: Презентація: основи' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Перемістити вниз: Чат учасників' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Перемістити вниз: Інструкція до ЦНАП' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Перемістити вниз: Презентація: основи' }));
    await waitFor(() => expect(calledWith(calls, 'PUT', '/api/programs/7/materials/order')).toHaveLength(1));
    expect(calledWith(calls, 'PUT', '/api/programs/7/materials/order')[0]?.body).toEqual({ materialIds: [50, 51, 53, 52, 54] });
    await waitFor(() =>
      expect(groupsShown()[1]).toEqual([
        'Модуль 1. Основи цифрового врядування',
        'Закон про електронні документи',
        'Презентація: основи',
      ]),
    );

    await waitFor(() => expect(screen.getByRole('button', { name: 'Перемістити вгору: Чат учасників' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Перемістити вгору: Чат учасників' }));
    await waitFor(() => expect(calledWith(calls, 'PUT', '/api/programs/7/materials/order')).toHaveLength(2));
    expect(calledWith(calls, 'PUT', '/api/programs/7/materials/order')[1]?.body).toEqual({ materialIds: [51, 50, 53, 52, 54] });
  });

  it('deletes a material after confirmation', async () => {
    let current: Material[] = materials;
    const { calls } = mockFetch({
      ...base,
      'GET /api/programs/7/materials': () => ({ body: current }),
      'DELETE /api/programs/7/materials/51': () => {
        current = materials.filter((m) => m.id !== 51);
        return { status: 204 };
      },
    });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Видалити матеріал «Чат учасників»' }));
    const dialog = await screen.findByRole('dialog', { name: 'Видалити матеріал?' });
    await user.click(within(dialog).getByRole('button', { name: 'Видалити' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: /Чат учасників/ })).not.toBeInTheDocument());
    expect(calledWith(calls, 'DELETE', '/api/programs/7/materials/51')).toHaveLength(1);
  });

  it('uploads with a progress bar and shows the server errors under the right fields', async () => {
    const { calls } = mockFetch({ ...base, 'GET /api/programs/7/materials': { body: [] } });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Завантажити файл' }));
    const dialog = await screen.findByRole('dialog', { name: 'Завантаження файлу' });
    await user.upload(within(dialog).getByTestId('material-file-input'), pdf());
    const title = within(dialog).getByRole('textbox', { name: /Назва/ });
    expect(title).toHaveValue('Лекція 1. Вступ');
    expect(within(dialog).getByRole('radio', { name: /Учасники програми/ })).toBeChecked();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Розділ програми' }), 'Модуль 2. Електронні послуги');

    // 413: the server's message under the file field.
    await user.click(within(dialog).getByRole('button', { name: 'Завантажити файл' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    const first = FakeXhr.last();
    expect(first.partNames()).toEqual(['title', 'visibility', 'moduleId', 'file']);
    expect((first.body as FormData).get('moduleId')).toBe('31');
    first.progress(1024, 4096);
    expect(await within(dialog).findByRole('progressbar', { name: 'Завантаження файлу' })).toHaveAttribute('aria-valuenow', '25');
    expect(within(dialog).getByText(/Завантажено 25%/)).toBeInTheDocument();
    first.respond(413, {
      status: 413,
      code: 'file_too_large',
      detail: 'Файл завеликий.',
      errors: [{ field: 'file', code: 'file_too_large', message: 'Файл більший за 100 МБ.' }],
    });
    const fileButton = within(dialog).getByRole('button', { name: /^Файл/ });
    await waitFor(() => expect(fileButton).toHaveAccessibleDescription(/Файл більший за 100 МБ\./));
    const summary = within(dialog).getByRole('alert', { name: 'Виправте 1 поле' });
    expect(summary).toHaveFocus();
    expect(within(dialog).queryByRole('progressbar')).not.toBeInTheDocument();
    await user.click(within(summary).getByRole('link', { name: 'Файл: Файл більший за 100 МБ.' }));
    expect(fileButton).toHaveFocus();
    // Editing another field leaves the focus where the person put it.
    await user.type(title, ' ');
    await user.type(title, '{Backspace}');
    expect(title).toHaveFocus();

    // 415 without a field error: the problem's detail goes under the file field.
    await user.click(within(dialog).getByRole('button', { name: 'Завантажити файл' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(2));
    FakeXhr.last().respond(415, { status: 415, code: 'file_type_not_allowed', detail: 'Файл такого типу завантажити не можна.' });
    await waitFor(() => expect(fileButton).toHaveAccessibleDescription(/Файл такого типу завантажити не можна\./));

    // 400: field errors under their fields.
    await user.click(within(dialog).getByRole('button', { name: 'Завантажити файл' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(3));
    FakeXhr.last().respond(400, {
      status: 400,
      code: 'validation_failed',
      detail: 'Перевірте дані матеріалу.',
      errors: [{ field: 'title', code: 'too_long', message: 'Назва задовга.' }],
    });
    await waitFor(() => expect(title).toHaveAccessibleDescription(/Назва задовга\./));
    expect(within(dialog).getByRole('alert', { name: 'Виправте 1 поле' })).toHaveFocus();
    expect(fileButton).not.toHaveAccessibleDescription(/Файл такого типу/);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Назва: Назва задовга.');

    // Success: the list is fetched again and the modal closes.
    const listCalls = calledWith(calls, 'GET', '/api/programs/7/materials').length;
    await user.click(within(dialog).getByRole('button', { name: 'Завантажити файл' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(4));
    FakeXhr.last().respond(201, { ...materials[0], id: 60, title: 'Лекція 1. Вступ', moduleId: 31 });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Завантаження файлу' })).not.toBeInTheDocument());
    expect(calledWith(calls, 'GET', '/api/programs/7/materials').length).toBeGreaterThan(listCalls);
  });

  it('checks the form before sending and cancels an upload under way', async () => {
    mockFetch({ ...base, 'GET /api/programs/7/materials': { body: [] } });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Завантажити файл' }));
    const dialog = await screen.findByRole('dialog', { name: 'Завантаження файлу' });
    await user.click(within(dialog).getByRole('button', { name: 'Завантажити файл' }));
    expect(within(dialog).getByRole('button', { name: /^Файл/ })).toHaveAccessibleDescription(/Виберіть файл\./);
    expect(within(dialog).getByRole('alert', { name: 'Виправте 2 поля' })).toHaveFocus();
    expect(FakeXhr.instances).toHaveLength(0);

    await user.upload(within(dialog).getByTestId('material-file-input'), pdf('Програма.pdf'));
    const title = within(dialog).getByRole('textbox', { name: /Назва/ });
    await user.clear(title);
    await user.type(title, 'Навчальна програма');
    await user.click(within(dialog).getByRole('button', { name: 'Завантажити файл' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    expect((FakeXhr.last().body as FormData).get('title')).toBe('Навчальна програма');
    expect(FakeXhr.last().partNames()).toEqual(['title', 'visibility', 'file']);

    await user.click(within(dialog).getByRole('button', { name: 'Скасувати завантаження' }));
    expect(FakeXhr.last().aborted).toBe(true);
    expect(await within(dialog).findByText('Завантаження скасовано. Файл не збережено.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('adds a link and shows field errors from the server', async () => {
    const { calls } = mockFetch({
      ...base,
      'GET /api/programs/7/materials': { body: [] },
      'POST /api/programs/7/materials/links': {
        status: 400,
        body: {
          status: 400,
          code: 'validation_failed',
          detail: 'Перевірте дані.',
          errors: [{ field: 'url', code: 'invalid', message: 'Це не схоже на адресу сайту.' }],
        },
      },
    });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Додати посилання' }));
    const dialog = await screen.findByRole('dialog', { name: 'Нове посилання' });
    await user.type(within(dialog).getByRole('textbox', { name: /Назва/ }), 'Запис вебінару');
    const url = within(dialog).getByRole('textbox', { name: /Адреса посилання/ });
    await user.type(url, 'ftp://example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Додати посилання' }));
    expect(url).toHaveAccessibleDescription(/Посилання має починатися з http:\/\/ або https:\/\//);
    expect(calledWith(calls, 'POST', '/api/programs/7/materials/links')).toHaveLength(0);

    await user.clear(url);
    await user.type(url, 'https://video.example.org/1');
    await user.click(within(dialog).getByRole('radio', { name: /Усі відвідувачі/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Додати посилання' }));
    await waitFor(() => expect(url).toHaveAccessibleDescription(/Це не схоже на адресу сайту\./));
    expect(calledWith(calls, 'POST', '/api/programs/7/materials/links')[0]?.body).toEqual({
      title: 'Запис вебінару',
      url: 'https://video.example.org/1',
      moduleId: null,
      visibility: 'public',
    });
  });
});
