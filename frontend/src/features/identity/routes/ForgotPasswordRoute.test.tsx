import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';

const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };

describe('forgot password', { timeout: 15_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });

  it('goes from the login page, keeping where the person was going, and says the same whatever the address', async () => {
    const { calls } = mockFetch({
      'GET /api/me': anonymous,
      'POST /api/auth/password-reset': { status: 202 },
    });
    const { router } = renderApp('/login?next=%2Fprograms%2F3%2Fapply');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('link', { name: 'Забули пароль?' }));
    expect(router.state.location.pathname).toBe('/forgot-password');
    expect(router.state.location.search).toBe('?next=%2Fprograms%2F3%2Fapply');
    expect(await screen.findByRole('heading', { level: 1, name: 'Відновлення пароля' })).toBeInTheDocument();

    const email = screen.getByRole('textbox', { name: /^Електронна пошта/ });
    await user.click(screen.getByRole('button', { name: 'Надіслати посилання' }));
    expect(email).toHaveAccessibleDescription('Заповніть це поле.');
    expect(calls.some((call) => call.url.pathname === '/api/auth/password-reset')).toBe(false);

    await user.type(email, '  nobody@example.org ');
    await user.click(screen.getByRole('button', { name: 'Надіслати посилання' }));
    expect(await screen.findByText('Якщо для адреси nobody@example.org є обліковий запис, лист уже в дорозі.')).toBeInTheDocument();
    const reset = calls.find((call) => call.url.pathname === '/api/auth/password-reset');
    expect(reset?.body).toEqual({ email: 'nobody@example.org' });
    expect(reset?.headers.get('X-CSRF-Token')).toBe('t');

    await user.click(screen.getByRole('link', { name: 'Повернутися до входу' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('?next=%2Fprograms%2F3%2Fapply');
  });

  it('asks to wait after too many requests', async () => {
    mockFetch({
      'GET /api/me': anonymous,
      'POST /api/auth/password-reset': {
        status: 429,
        headers: { 'Retry-After': '600' },
        body: { status: 429, code: 'too_many_attempts', detail: 'Забагато спроб.' },
      },
    });
    renderApp('/forgot-password');
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /^Електронна пошта/ }), 'olena@example.org');
    await user.click(screen.getByRole('button', { name: 'Надіслати посилання' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Забагато запитів. Спробуйте знову через 10 хв.');
    expect(alert).toHaveFocus();
    expect(screen.queryByText(/лист уже в дорозі/)).not.toBeInTheDocument();
  });
});
