import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import type { AdminUser } from '../api/schemas';
import { adminMe } from './fixtures';

const admin = adminMe;

const learner: AdminUser = {
  id: 2,
  email: 'taras@example.org',
  surname: 'Шевченко',
  givenName: 'Тарас',
  patronymic: 'Григорович',
  fullName: 'Шевченко Тарас Григорович',
  roles: ['learner', 'trainer'],
  enabled: true,
  createdAt: '2026-01-10T09:00:00Z',
  lastLoginAt: null,
  passwordSet: true,
};

// The server omits null properties; the client treats a missing one as null.
const { patronymic: _omitted, ...adminWithoutPatronymic } = admin;
void _omitted;

const page = (items: AdminUser[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });

describe('admin users page', () => {
  it('lists users with roles and status', async () => {
    const { calls } = mockFetch({
      'GET /api/me': { body: adminWithoutPatronymic },
      'GET /api/admin/users': { body: page([{ ...admin, enabled: true, createdAt: '2026-01-01T00:00:00Z', lastLoginAt: '2026-02-01T10:00:00Z', passwordSet: true }, learner]) },
    });
    renderApp('/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Користувачі' })).toBeInTheDocument();
    const row = (await screen.findByRole('rowheader', { name: /Шевченко Тарас Григорович/ })).closest('tr');
    expect(row).not.toBeNull();
    const cells = within(row as HTMLElement);
    expect(cells.getByText('taras@example.org')).toBeInTheDocument();
    expect(cells.getByText('Слухач')).toBeInTheDocument();
    expect(cells.getByText('Тренер')).toBeInTheDocument();
    expect(cells.getByText('Активний')).toBeInTheDocument();
    expect(cells.getByRole('button', { name: /Вимкнути обліковий запис: Шевченко/ })).toBeInTheDocument();
    expect(screen.getByText('Знайдено: 2')).toBeInTheDocument();

    const list = calls.find((call) => call.url.pathname === '/api/admin/users');
    expect(list?.url.searchParams.get('page')).toBe('0');
    expect(list?.url.searchParams.get('size')).toBe('20');
  });

  it('searches with a debounced query and disables a user after confirmation', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    let disabled = false;
    const { calls } = mockFetch({
      'GET /api/me': { body: admin },
      'GET /api/admin/users': () => ({ body: page([{ ...learner, enabled: !disabled }]) }),
      'POST /api/admin/users/2/disable': () => {
        disabled = true;
        return { body: { ...learner, enabled: false } };
      },
    });
    renderApp('/admin/users');
    const user = userEvent.setup();

    await user.type(await screen.findByRole('searchbox', { name: 'Пошук' }), 'Шевч');
    await waitFor(() =>
      expect(calls.some((call) => call.url.searchParams.get('q') === 'Шевч')).toBe(true),
    );
    expect(calls.filter((call) => call.url.searchParams.has('q'))).toHaveLength(1);

    await user.click(await screen.findByRole('button', { name: /Вимкнути обліковий запис: Шевченко/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Вимкнути обліковий запис?' });
    await user.click(within(dialog).getByRole('button', { name: 'Вимкнути' }));

    expect(await screen.findByText('Обліковий запис Шевченко Тарас Григорович вимкнено.')).toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: /Шевченко/ }).closest('tr') as HTMLElement;
    expect(await within(row).findByText('Вимкнений')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: /Увімкнути обліковий запис: Шевченко/ })).toBeInTheDocument();
  });

  it('edits roles in a modal and shows the server problem when an admin demotes themselves', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    const self: AdminUser = { ...admin, enabled: true, createdAt: '2026-01-01T00:00:00Z', lastLoginAt: null, passwordSet: true };
    const { calls } = mockFetch({
      'GET /api/me': { body: admin },
      'GET /api/admin/users': { body: page([self]) },
      'PUT /api/admin/users/1/roles': {
        status: 409,
        body: { status: 409, code: 'cannot_demote_self', detail: 'Не можна зняти з себе роль адміністратора.' },
      },
    });
    renderApp('/admin/users');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Змінити ролі: Адміненко Ганна' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ролі користувача' });
    expect(within(dialog).getByRole('checkbox', { name: 'Адміністратор' })).toBeChecked();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Адміністратор' }));
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти' }));
    expect(within(dialog).getByRole('alert', { name: 'Виправте 1 поле' })).toHaveFocus();
    expect(within(dialog).getByRole('checkbox', { name: 'Слухач' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('checkbox', { name: 'Слухач' })).toHaveAccessibleDescription('Оберіть щонайменше одну роль.');
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Слухач' }));
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Не можна зняти з себе роль адміністратора.');
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ roles: ['learner'] });
  });

  it('marks accounts without a password and hands out a password link from a modal', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    const imported: AdminUser = { ...learner, roles: ['learner'], passwordSet: false };
    const { calls } = mockFetch({
      'GET /api/me': { body: admin },
      'GET /api/admin/users': { body: page([imported]) },
      'POST /api/admin/users/2/password-link': {
        body: {
          userId: 2,
          email: 'taras@example.org',
          fullName: 'Шевченко Тарас Григорович',
          path: '/set-password#tok-42',
          expiresAt: '2026-03-10T12:00:00Z',
        },
      },
    });
    renderApp('/admin/users');
    const user = userEvent.setup();

    const row = (await screen.findByRole('rowheader', { name: /Шевченко/ })).closest('tr') as HTMLElement;
    expect(within(row).getByText('пароль не встановлено')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Посилання для пароля: Шевченко Тарас Григорович' }));
    const dialog = await screen.findByRole('dialog', { name: 'Посилання для встановлення пароля' });
    expect(within(dialog).getByText(/Нове посилання замінює попереднє/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Передайте його лише цій людині/)).toBeInTheDocument();
    // Nothing is created (and no earlier link voided) until asked.
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Створити посилання' }));

    const link = await within(dialog).findByRole('textbox', { name: 'Посилання для Шевченко Тарас Григорович' });
    expect(link).toHaveValue(`${window.location.origin}/set-password#tok-42`);
    expect(within(dialog).getByRole('button', { name: 'Копіювати' })).toBeInTheDocument();
    expect(within(dialog).getByText(/Діє до .*2026/)).toBeInTheDocument();
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.url.pathname).toBe('/api/admin/users/2/password-link');
    expect(post?.headers.get('X-CSRF-Token')).toBe('t');

    await user.click(within(dialog).getByRole('button', { name: 'Готово' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows why a password link was refused', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    mockFetch({
      'GET /api/me': { body: admin },
      'GET /api/admin/users': { body: page([learner]) },
      'POST /api/admin/users/2/password-link': {
        status: 409,
        body: { status: 409, code: 'account_disabled', detail: 'Обліковий запис вимкнено.' },
      },
    });
    renderApp('/admin/users');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Посилання для пароля: Шевченко/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Посилання для встановлення пароля' });
    await user.click(within(dialog).getByRole('button', { name: 'Створити посилання' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Обліковий запис вимкнено.');
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows a friendly 403 page to signed-in people who are not admins', async () => {
    mockFetch({ 'GET /api/me': { body: { ...admin, roles: ['learner'] } } });
    renderApp('/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Недостатньо прав' })).toBeInTheDocument();
  });

  it('sends anonymous visitors to sign in and remembers where they were going', async () => {
    mockFetch({ 'GET /api/me': { status: 401, body: { status: 401, code: 'unauthorized' } } });
    const { router } = renderApp('/admin/users?role=admin');

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/admin/users?role=admin')}`);
    expect(await screen.findByText('Щоб відкрити цю сторінку, увійдіть.')).toBeInTheDocument();
  });
});
