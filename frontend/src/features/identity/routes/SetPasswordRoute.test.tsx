import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProvider, createQueryClient } from '../../../app/provider';
import { routes } from '../../../app/router';
import { mockFetch } from '../../../testing/fetch-mock';
import { SetPasswordRoute } from './SetPasswordRoute';

const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };
const olena = {
  id: 12,
  email: 'olena@example.org',
  surname: 'Коваленко',
  givenName: 'Олена',
  patronymic: 'Петрівна',
  fullName: 'Коваленко Олена Петрівна',
  roles: ['learner'],
};

/** The whole app with `/set-password` added, whether or not the app's router has it yet. */
function renderSetPassword(path: string) {
  const [root, ...rest] = routes;
  if (!root || root.index) throw new Error('The app starts with its layout route');
  const withPage: RouteObject[] = [
    { ...root, children: [{ path: 'set-password', element: <SetPasswordRoute /> }, ...(root.children ?? [])] },
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

describe('set-password page', { timeout: 15_000 }, () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('checks the link, sets the password and signs the person in', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    window.history.replaceState(null, '', '/set-password#tok-123');
    let attempts = 0;
    const { calls } = mockFetch({
      'GET /api/me': anonymous,
      'POST /api/auth/password-link': {
        body: { email: 'olena@example.org', fullName: 'Коваленко Олена Петрівна', expiresAt: '2026-03-10T12:00:00Z' },
      },
      'POST /api/auth/set-password': () =>
        ++attempts === 1
          ? {
              status: 400,
              body: {
                status: 400,
                code: 'validation_failed',
                errors: [{ field: 'password', code: 'too_common', message: 'Цей пароль надто поширений.' }],
              },
            }
          : { body: olena },
      'GET /api/me/programs': { body: [] },
    });
    const { router } = renderSetPassword('/set-password#tok-123');
    const user = userEvent.setup();

    expect(await screen.findByText('Встановіть пароль для облікового запису Коваленко Олена Петрівна (olena@example.org).')).toBeInTheDocument();
    expect(screen.getByText(/Посилання діє до .*2026/)).toBeInTheDocument();
    // The token leaves the address bar at once.
    expect(window.location.hash).toBe('');
    expect(calls.find((call) => call.url.pathname === '/api/auth/password-link')?.body).toEqual({ token: 'tok-123' });

    const password = screen.getByLabelText(/^Новий пароль/);
    const confirmation = screen.getByLabelText(/^Повторіть пароль/);
    expect(password).toHaveAccessibleDescription(/Щонайменше 8 символів/);

    await user.type(password, 'short');
    await user.click(screen.getByRole('button', { name: 'Встановити пароль і увійти' }));
    expect(password).toHaveAccessibleDescription(/щонайменше 8 символів/i);

    await user.clear(password);
    await user.type(password, 'password123');
    await user.type(confirmation, 'password124');
    await user.click(screen.getByRole('button', { name: 'Встановити пароль і увійти' }));
    expect(confirmation).toHaveAccessibleDescription(/Паролі не збігаються/);
    expect(calls.some((call) => call.url.pathname === '/api/auth/set-password')).toBe(false);

    await user.clear(confirmation);
    await user.type(confirmation, 'password123');
    await user.click(screen.getByRole('button', { name: 'Встановити пароль і увійти' }));
    await waitFor(() => expect(password).toHaveAccessibleDescription(/Цей пароль надто поширений/));

    await user.clear(password);
    await user.type(password, 'Kozatska-Rada-2026');
    await user.clear(confirmation);
    await user.type(confirmation, 'Kozatska-Rada-2026');
    await user.click(screen.getByRole('button', { name: 'Встановити пароль і увійти' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/my-programs'));
    expect(await screen.findByText('Пароль встановлено. Ласкаво просимо, Коваленко Олена Петрівна!')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /Коваленко Олена Петрівна/ })).toBeInTheDocument();
    const sets = calls.filter((call) => call.url.pathname === '/api/auth/set-password');
    expect(sets.at(-1)?.body).toEqual({ token: 'tok-123', password: 'Kozatska-Rada-2026' });
    expect(sets.at(-1)?.headers.get('X-CSRF-Token')).toBe('t');
  });

  it('explains an expired link and points to the sign-in page', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    mockFetch({
      'GET /api/me': anonymous,
      'POST /api/auth/password-link': {
        status: 410,
        body: { status: 410, code: 'password_link_expired', detail: 'Посилання діяло до 1 березня. Попросіть адміністратора про нове.' },
      },
    });
    renderSetPassword('/set-password#old-token');

    expect(await screen.findByRole('heading', { level: 1, name: 'Термін дії посилання минув' })).toBeInTheDocument();
    // The server's own sentence, which already says what to do next.
    expect(screen.getByText('Посилання діяло до 1 березня. Попросіть адміністратора про нове.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Перейти до входу' })).toHaveAttribute('href', '/login');
    expect(screen.queryByLabelText(/^Новий пароль/)).not.toBeInTheDocument();
  });

  it('calls a link without a token invalid without asking the server', async () => {
    const { calls } = mockFetch({ 'GET /api/me': anonymous });
    renderSetPassword('/set-password');

    expect(await screen.findByRole('heading', { level: 1, name: 'Посилання недійсне' })).toBeInTheDocument();
    expect(screen.getByText(/Перевірте, чи скопійовано посилання повністю\. Якщо ви вже встановили пароль, увійдіть/)).toBeInTheDocument();
    expect(calls.some((call) => call.url.pathname === '/api/auth/password-link')).toBe(false);
  });
});
