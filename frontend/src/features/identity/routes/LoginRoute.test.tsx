import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { adminMe } from './fixtures';

const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };
const me = adminMe;

async function signIn() {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: /Електронна пошта/ }), 'admin@example.org');
  await user.type(screen.getByLabelText(/^Пароль/), 'secret-password');
  await user.click(screen.getByRole('button', { name: 'Увійти' }));
}

describe('login page', () => {
  it('tells how long to wait after too many attempts (Retry-After)', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    mockFetch({
      'GET /api/me': anonymous,
      'POST /api/auth/login': {
        status: 429,
        headers: { 'Retry-After': '600' },
        body: { status: 429, code: 'too_many_attempts', detail: 'Забагато спроб.' },
      },
    });
    renderApp('/login');
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent('Спробуйте знову через 10 хв.');
  });

  it('shows the server message for wrong credentials', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    mockFetch({
      'GET /api/me': anonymous,
      'POST /api/auth/login': {
        status: 401,
        body: { status: 401, code: 'invalid_credentials', detail: 'Невірна електронна пошта або пароль.' },
      },
    });
    renderApp('/login');
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent('Невірна електронна пошта або пароль.');
  });

  it('returns to the page that required signing in', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    mockFetch({
      'GET /api/me': anonymous,
      'POST /api/auth/login': { body: me },
      'GET /api/admin/users': { body: { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 } },
    });
    const { router } = renderApp(`/login?next=${encodeURIComponent('/admin/users')}`);
    await signIn();
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/users'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Користувачі' })).toBeInTheDocument();
  });

  it('passes where the person was going on to the sign-up link', async () => {
    mockFetch({ 'GET /api/me': anonymous });
    const next = encodeURIComponent('/programs/7/apply');
    renderApp(`/login?next=${next}`);
    const main = await screen.findByRole('main');
    expect(await within(main).findByRole('link', { name: 'Зареєструватися' })).toHaveAttribute('href', `/signup?next=${next}`);
    // the header's buttons keep it too
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Зареєструватися' })).toHaveAttribute(
      'href',
      `/signup?next=${next}`,
    );
  });

  it('ignores redirects to other sites', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    mockFetch({ 'GET /api/me': anonymous, 'POST /api/auth/login': { body: me } });
    const { router } = renderApp(`/login?next=${encodeURIComponent('//evil.example/')}`);
    await signIn();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
