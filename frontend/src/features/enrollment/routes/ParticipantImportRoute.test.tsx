import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider, createQueryClient } from '../../../app/provider';
import { routes } from '../../../app/router';
import { FakeXhr } from '../../../testing/fake-xhr';
import { mockFetch, type RecordedRequest } from '../../../testing/fetch-mock';
import type { ImportRow, ImportView } from '../api/import-schemas';
import { adminMe, page } from './fixtures';
import { ParticipantImportRoute } from './ParticipantImportRoute';

const PATH = '/manage/programs/7/participant-imports';

/** The whole app with the import screen added, whether or not the app's router has it yet. */
function renderImport(path: string) {
  const [root, ...rest] = routes;
  if (!root || root.index) throw new Error('The app starts with its layout route');
  const withPage: RouteObject[] = [
    {
      ...root,
      children: [
        { path: 'manage/programs/:id/participant-imports', element: <ParticipantImportRoute programTitle="Цифрова трансформація громад" /> },
        ...(root.children ?? []),
      ],
    },
    ...rest,
  ];
  const router = createMemoryRouter(withPage, { initialEntries: [path] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { router };
}

const row = (line: number, overrides: Partial<ImportRow> = {}): ImportRow => ({
  line,
  email: `person${line}@example.org`,
  surname: 'Коваленко',
  givenName: 'Олена',
  patronymic: null,
  phone: null,
  region: 'Полтавська область',
  organization: 'Решетилівська міська рада',
  position: null,
  category: null,
  problems: [],
  existingAccount: false,
  alreadyAdmitted: false,
  unverifiedAccount: false,
  ...overrides,
});

const rows: ImportRow[] = [
  row(2),
  row(3, { surname: 'Мельник', givenName: 'Андрій', email: 'andrii@example.org', existingAccount: true }),
  row(4, {
    surname: 'Бойко',
    givenName: 'Ірина',
    email: 'iryna(at)example.org',
    existingAccount: null,
    alreadyAdmitted: null,
    unverifiedAccount: null,
    problems: [{ field: 'email', code: 'invalid_email', message: 'Введіть правильну адресу електронної пошти.' }],
  }),
  row(5, { surname: 'Шевчук', givenName: 'Петро', email: 'petro@example.org', existingAccount: true, alreadyAdmitted: true }),
];

const preview: ImportView = {
  id: 12,
  programId: 7,
  fileName: 'учасники.csv',
  status: 'preview',
  createdAt: '2026-02-01T09:00:00Z',
  appliedAt: null,
  headings: [
    { heading: 'Email', field: 'email' },
    { heading: 'Прізвище', field: 'surname' },
    { heading: 'Ім’я', field: 'givenName' },
    { heading: 'Область', field: 'region' },
    { heading: 'Організація', field: 'organization' },
    { heading: 'Примітка', field: null },
  ],
  rows,
  summary: { rows: 4, valid: 3, invalid: 1, newAccounts: 1, existingAccounts: 2, alreadyAdmitted: 1, toAdmit: 2, unverifiedAccounts: 0, placesLeft: 40 },
  progress: null,
  result: null,
  failure: null,
};

const listItem = (view: ImportView): ImportView => ({
  ...view,
  rows: null,
  summary: { ...view.summary, newAccounts: 0, existingAccounts: 0, alreadyAdmitted: 0, toAdmit: 0 },
});

const posts = (calls: RecordedRequest[], path: string) =>
  calls.filter((call) => call.method === 'POST' && call.url.pathname === path);

describe('participant import', { timeout: 20_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });

  it('shows the preview with its problems and enables confirming only once rows with problems are skipped', async () => {
    let confirmed = false;
    const applyingNow: ImportView = { ...preview, status: 'applying', progress: { done: 0, total: 2 } };
    const { calls } = mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/participant-imports/12': ({ url }) => ({
        body: !confirmed ? preview : url.searchParams.get('rows') === 'false' ? listItem(applyingNow) : applyingNow,
      }),
      'GET /api/programs/7/participant-imports': { body: page([listItem(preview)], 20) },
      'POST /api/participant-imports/12/confirm': { status: 202, body: applyingNow, effect: () => (confirmed = true) },
    });
    renderImport(`${PATH}?import=12`);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 2, name: 'Файл «учасники.csv»' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Імпорт учасників' })).toBeInTheDocument();
    expect(screen.getByText('Рядків у файлі').previousElementSibling).toHaveTextContent('4');
    expect(screen.getByText('З помилками').previousElementSibling).toHaveTextContent('1');
    expect(screen.getByText('Вільних місць').previousElementSibling).toHaveTextContent('40');
    const headings = within(screen.getByRole('list', { name: 'Стовпці файлу' }));
    expect(headings.getByText('Ім’я → Ім’я')).toBeInTheDocument();
    expect(headings.getByText('Примітка — не враховано')).toBeInTheDocument();

    const table = within(screen.getByRole('table', { name: /Рядки завантаженого файлу/ }));
    expect(table.getAllByTestId('import-row')).toHaveLength(4);
    const bad = table.getByRole('rowheader', { name: 'Бойко Ірина' }).closest('tr') as HTMLElement;
    expect(bad).toHaveAttribute('data-invalid', 'true');
    expect(within(bad).getByText('Помилки: 1')).toBeInTheDocument();
    expect(table.getByText('Введіть правильну адресу електронної пошти.')).toBeInTheDocument();
    const rowOf = (name: string) => table.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(within(rowOf('Коваленко Олена')).getByText('новий обліковий запис')).toBeInTheDocument();
    expect(within(rowOf('Мельник Андрій')).getByText('наявний обліковий запис')).toBeInTheDocument();
    expect(within(rowOf('Шевчук Петро')).getByText('уже зараховано')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'З помилками (1)' }));
    expect(table.getAllByTestId('import-row')).toHaveLength(1);
    await user.click(screen.getByRole('radio', { name: 'Без помилок (3)' }));
    expect(table.getAllByTestId('import-row')).toHaveLength(3);
    expect(table.queryByText('Введіть правильну адресу електронної пошти.')).not.toBeInTheDocument();

    const confirm = screen.getByRole('button', { name: 'Зарахувати 2 учасників' });
    expect(confirm).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Пропустити 1 рядок із помилками' }));
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    await waitFor(() => expect(posts(calls, '/api/participant-imports/12/confirm')).toHaveLength(1));
    expect(posts(calls, '/api/participant-imports/12/confirm')[0]?.body).toEqual({ skipInvalid: true });
    expect(await screen.findByText('Зараховуємо учасників…')).toBeInTheDocument();
  });

  it('marks rows of unproven addresses, makes the administrator choose, and shows a capacity refusal by the button', async () => {
    const unverified: ImportView = {
      ...preview,
      rows: [row(2), row(3, { surname: 'Мельник', givenName: 'Андрій', existingAccount: true, unverifiedAccount: true })],
      summary: { ...preview.summary, rows: 2, valid: 2, invalid: 0, existingAccounts: 1, alreadyAdmitted: 0, unverifiedAccounts: 1 },
    };
    const { calls } = mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/participant-imports/12': { body: unverified },
      'GET /api/programs/7/participant-imports': { body: page([listItem(unverified)], 20) },
      'POST /api/participant-imports/12/confirm': {
        status: 409,
        body: {
          status: 409,
          code: 'capacity_exceeded',
          detail: 'Місць на програмі не вистачає для всіх вибраних заявок.',
          errors: [{ field: 'file', code: 'capacity_exceeded', message: 'Лишилося місць: 1.' }],
        },
      },
    });
    renderImport(`${PATH}?import=12`);
    const user = userEvent.setup();

    const table = within(await screen.findByRole('table', { name: /Рядки завантаженого файлу/ }));
    const melnyk = table.getByRole('rowheader', { name: 'Мельник Андрій' }).closest('tr') as HTMLElement;
    expect(within(melnyk).getByText('адресу не підтверджено')).toBeInTheDocument();
    expect(table.getAllByTestId('unverified-account')).toHaveLength(1);
    expect(screen.getByText('Адресу не підтверджено').previousElementSibling).toHaveTextContent('1');

    const group = screen.getByRole('radiogroup', { name: /1 рядок збігається з обліковим записом, адресу якого не підтверджено/ });
    expect(group).toHaveAccessibleDescription(/можете зарахувати не ту людину/);
    const confirm = screen.getByRole('button', { name: 'Зарахувати 2 учасників' });
    expect(confirm).toBeDisabled();
    await user.click(within(group).getByRole('radio', { name: /^Пропустити їх/ }));
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    await waitFor(() => expect(posts(calls, '/api/participant-imports/12/confirm')).toHaveLength(1));
    expect(posts(calls, '/api/participant-imports/12/confirm')[0]?.body).toEqual({ skipInvalid: false, unverifiedAccounts: 'skip' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Місць на програмі не вистачає для всіх вибраних заявок. Лишилося місць: 1.');
  });

  it('follows the import being applied to its result and hands out password links', async () => {
    const applying = (done: number): ImportView => ({
      ...listItem(preview),
      status: 'applying',
      progress: { done, total: 2 },
    });
    const applied: ImportView = {
      ...preview,
      status: 'applied',
      appliedAt: '2026-02-01T09:05:00Z',
      result: { admitted: 2, alreadyAdmitted: 1, accountsCreated: 1 },
    };
    let statusPolls = 0;
    let fullReads = 0;
    const { calls } = mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/programs/7/participant-imports': { body: page([listItem(preview)], 20) },
      'GET /api/participant-imports/12': ({ url }) => {
        if (url.searchParams.get('rows') === 'false') {
          statusPolls += 1;
          return { body: statusPolls === 1 ? applying(1) : { ...listItem(applied) } };
        }
        fullReads += 1;
        return { body: fullReads === 1 ? { ...preview, status: 'applying', progress: { done: 0, total: 2 } } : applied };
      },
      'POST /api/participant-imports/12/password-links': {
        body: [
          {
            userId: 40,
            email: 'person2@example.org',
            fullName: 'Коваленко Олена',
            path: '/set-password#tok-40',
            expiresAt: '2026-02-08T09:05:00Z',
          },
        ],
      },
    });
    renderImport(`${PATH}?import=12`);
    const user = userEvent.setup();

    expect(await screen.findByText('Зараховуємо учасників…')).toBeInTheDocument();
    expect(await screen.findByText('1 з 2')).toBeInTheDocument();
    expect(await screen.findByText('Імпорт застосовано', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(
      screen.getByText('Зараховано: 2. Уже були зараховані: 1. Створено облікових записів: 1.'),
    ).toBeInTheDocument();
    expect(calls.filter((call) => call.url.searchParams.get('rows') === 'false').length).toBeGreaterThanOrEqual(2);
    expect(screen.queryByRole('button', { name: /Зарахувати/ })).not.toBeInTheDocument();

    const section = screen.getByRole('region', { name: 'Посилання для встановлення пароля' });
    expect(within(section).getByText(/видані раніше для цих облікових записів перестають діяти/)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Створити посилання для встановлення пароля' }));
    const link = await within(section).findByRole('textbox', { name: 'Посилання для Коваленко Олена' });
    expect(link).toHaveValue(`${window.location.origin}/set-password#tok-40`);
    expect(within(section).getByRole('button', { name: 'Копіювати посилання для Коваленко Олена' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Завантажити CSV' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Створити нові посилання' })).toBeInTheDocument();
  });

  it('uploads with a progress bar and shows why the file was refused under the picker', async () => {
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/programs/7/participant-imports': { body: page([], 20) },
    });
    const { router } = renderImport(PATH);
    const user = userEvent.setup({ applyAccept: false });
    const input = await screen.findByTestId('import-file-input');

    await user.upload(input, new File(['hello'], 'нотатки.txt', { type: 'text/plain' }));
    expect(await screen.findByText('Підходять лише файли CSV або XLSX.')).toBeInTheDocument();
    expect(FakeXhr.instances).toHaveLength(0);

    await user.upload(input, new File(['Імя;Телефон\nОлена;123\n'], 'список.csv', { type: 'text/csv' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    const xhr = FakeXhr.last();
    expect(xhr.url).toBe('/api/programs/7/participant-imports');
    expect(xhr.requestHeaders['x-csrf-token']).toBe('t');
    expect(xhr.file()?.name).toBe('список.csv');

    xhr.progress(40, 100);
    expect(await screen.findByText('Завантаження файлу: 40 %')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Хід завантаження файлу' })).toHaveAttribute('aria-valuenow', '40');
    xhr.progress(100, 100);
    expect(await screen.findByText('Перевіряємо список…')).toBeInTheDocument();
    xhr.respond(400, {
      status: 400,
      code: 'validation_failed',
      detail: 'Перевірте виділені поля.',
      errors: [
        {
          field: 'file',
          code: 'participant_columns_missing',
          message: 'Потрібні стовпці «Email» і «Прізвище» та «Ім’я» (або «ПІБ»).',
        },
      ],
    });

    const picker = screen.getByRole('button', { name: /Файл зі списком/ });
    await waitFor(() => expect(picker).toHaveAccessibleDescription(/Потрібні стовпці «Email»/));
    expect(picker).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Перевіряємо список…')).not.toBeInTheDocument();

    // A good file goes straight to its preview.
    mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/programs/7/participant-imports': { body: page([listItem(preview)], 20) },
      'GET /api/participant-imports/12': { body: preview },
    });
    await user.upload(input, new File(['Email;ПІБ\n'], 'учасники.csv', { type: 'text/csv' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(2));
    FakeXhr.last().respond(201, preview);
    await waitFor(() => expect(router.state.location.search).toBe('?import=12'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Файл «учасники.csv»' })).toBeInTheDocument();
    expect(picker).not.toHaveAttribute('aria-invalid', 'true');
  });
});
