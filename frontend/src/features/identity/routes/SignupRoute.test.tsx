import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';

const anonymous = { status: 401, body: { status: 401, code: 'unauthorized', detail: 'Увійдіть.' } };

async function fillForm() {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: /Електронна пошта/ }), 'olena@example.org');
  await user.type(screen.getByLabelText(/^Пароль/), 'password');
  await user.type(screen.getByRole('textbox', { name: /Прізвище/ }), 'Коваленко');
  await user.type(screen.getByRole('textbox', { name: /^Ім'я/ }), 'Олена');
  return user;
}

describe('sign-up page', () => {
  it('shows the server field errors under the matching inputs', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    const { calls } = mockFetch({
      'GET /api/me': anonymous,
      'POST /api/auth/signup': {
        status: 400,
        body: {
          status: 400,
          code: 'validation_failed',
          detail: 'Дані не пройшли перевірку.',
          errors: [
            { field: 'password', code: 'too_common', message: 'Цей пароль надто поширений.' },
            { field: 'email', code: 'email_taken', message: 'Ця адреса вже зареєстрована.' },
          ],
        },
      },
    });
    renderApp('/signup');

    const user = await fillForm();
    await user.click(screen.getByRole('button', { name: 'Зареєструватися' }));

    const email = screen.getByRole('textbox', { name: /Електронна пошта/ });
    await waitFor(() => expect(email).toHaveAccessibleDescription(/Ця адреса вже зареєстрована/));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Пароль/)).toHaveAccessibleDescription(/Цей пароль надто поширений/);
    // The summary on top says how many, lists them as links in the server's order, and has focus.
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Виправте 2 поля');
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Пароль: Цей пароль надто поширений.',
      'Електронна пошта: Ця адреса вже зареєстрована.',
    ]);
    await user.click(links[1]!);
    expect(email).toHaveFocus();

    const signup = calls.find((call) => call.url.pathname === '/api/auth/signup');
    expect(signup?.body).toEqual({
      email: 'olena@example.org',
      password: 'password',
      surname: 'Коваленко',
      givenName: 'Олена',
    });
    expect(signup?.headers.get('X-CSRF-Token')).toBe('t');
  });

  it('signs the person in and goes home on success', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    mockFetch({
      'GET /api/me': anonymous,
      'POST /api/auth/signup': {
        status: 201,
        body: {
          id: 7,
          email: 'olena@example.org',
          surname: 'Коваленко',
          givenName: 'Олена',
          patronymic: null,
          fullName: 'Коваленко Олена',
          roles: ['learner'],
        },
      },
    });
    const { router } = renderApp('/signup');

    const user = await fillForm();
    await user.click(screen.getByRole('button', { name: 'Зареєструватися' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Вітаємо в Civitas!' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Коваленко Олена/ })).toBeInTheDocument();
  });

  it('keeps where the person was going: the login link carries it, and sign-up lands there', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    mockFetch({
      'GET /api/me': anonymous,
      'POST /api/auth/signup': {
        status: 201,
        body: { id: 7, email: 'olena@example.org', surname: 'Коваленко', givenName: 'Олена', patronymic: null, fullName: 'Коваленко Олена', roles: ['learner'] },
      },
    });
    const next = encodeURIComponent('/programs/7/apply');
    const { router } = renderApp(`/signup?next=${next}`);

    const user = await fillForm();
    expect(screen.getByText('Створіть обліковий запис, і ми повернемо вас туди, куди ви прямували.')).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Увійти' })).toHaveAttribute('href', `/login?next=${next}`);
    await user.click(screen.getByRole('button', { name: 'Зареєструватися' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/programs/7/apply'));
  });

  it('checks required fields and password length before calling the server', async () => {
    const { calls } = mockFetch({ 'GET /api/me': anonymous });
    renderApp('/signup');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Пароль/), 'short');
    await user.click(screen.getByRole('button', { name: 'Зареєструватися' }));

    expect(screen.getByLabelText(/^Пароль/)).toHaveAccessibleDescription(/щонайменше 8 символів/i);
    expect(screen.getByRole('textbox', { name: /Прізвище/ })).toHaveAccessibleDescription(/Заповніть це поле/);
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });
});
