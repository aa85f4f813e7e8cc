import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { adminMe } from './fixtures';

const admin = { ...adminMe, roles: ['admin', 'learner'] };
const mustChange = { status: 403, body: { status: 403, code: 'password_change_required', detail: 'Спершу змініть пароль.' } };

describe('change-password page', { timeout: 15_000 }, () => {
  it('sends a person whose password must change there, explains why, and lets them go on after the change', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    let changed = false;
    let attempts = 0;
    const { calls } = mockFetch({
      'GET /api/me': () => ({ body: { ...admin, passwordChangeRequired: !changed } }),
      'GET /api/me/programs': () => (changed ? { body: [] } : mustChange),
      'POST /api/me/password': () => {
        if (++attempts === 1) {
          return {
            status: 400,
            body: {
              status: 400,
              code: 'validation_failed',
              detail: 'Дані не пройшли перевірку.',
              errors: [{ field: 'currentPassword', code: 'wrong_password', message: 'Поточний пароль неправильний.' }],
            },
          };
        }
        changed = true;
        return { status: 204 };
      },
    });
    const { router } = renderApp('/my-programs?tab=all');

    expect(await screen.findByRole('heading', { level: 1, name: 'Зміна пароля' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/change-password');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/my-programs?tab=all')}`);
    expect(screen.getByText('Спершу змініть пароль')).toBeInTheDocument();

    const user = userEvent.setup();
    const current = screen.getByLabelText(/^Поточний пароль/);
    await user.type(current, 'generated-one');
    await user.type(screen.getByLabelText(/^Новий пароль/), 'a-new-long-password');
    await user.type(screen.getByLabelText(/^Повторіть пароль/), 'a-new-long-password');
    await user.click(screen.getByRole('button', { name: 'Змінити пароль' }));

    await waitFor(() => expect(current).toHaveAccessibleDescription(/Поточний пароль неправильний/));
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert', { name: 'Виправте 1 поле' })).toHaveFocus();

    await user.clear(current);
    await user.type(current, 'the-right-one');
    await user.click(screen.getByRole('button', { name: 'Змінити пароль' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/my-programs'));
    expect(router.state.location.search).toBe('?tab=all');
    const sent = calls.filter((call) => call.url.pathname === '/api/me/password');
    expect(sent.at(-1)?.body).toEqual({ currentPassword: 'the-right-one', newPassword: 'a-new-long-password' });
    expect(sent.at(-1)?.headers.get('X-CSRF-Token')).toBe('t');
  });

  it('turns to the page when any call answers password_change_required', async () => {
    let meCalls = 0;
    mockFetch({
      // The first answer is stale: the server started requiring the change afterwards.
      'GET /api/me': () => ({ body: { ...admin, passwordChangeRequired: ++meCalls > 1 } }),
      'GET /api/me/programs': mustChange,
    });
    const { router } = renderApp('/my-programs');

    await waitFor(() => expect(router.state.location.pathname).toBe('/change-password'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/my-programs')}`);
  });

  it('is in every signed-in person’s account menu, checks the fields before sending, and treats a missing flag as false', async () => {
    const { calls } = mockFetch({ 'GET /api/me': { body: admin }, 'GET /api/me/programs': { body: [] } });
    const { router } = renderApp('/my-programs');

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Меню облікового запису/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Змінити пароль' }));
    expect(router.state.location.pathname).toBe('/change-password');
    expect(await screen.findByText(/сеанси на інших пристроях завершаться/)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Новий пароль/), 'short');
    await user.type(screen.getByLabelText(/^Повторіть пароль/), 'other');
    await user.click(screen.getByRole('button', { name: 'Змінити пароль' }));

    const summary = screen.getByRole('alert', { name: 'Виправте 2 поля' });
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Поточний пароль: Заповніть це поле.',
      'Новий пароль: Пароль має містити щонайменше 8 символів.',
    ]);
    for (const name of [/^Поточний пароль/, /^Новий пароль/, /^Повторіть пароль/]) {
      expect(screen.getByLabelText(name)).toBeRequired();
    }
    expect(calls.some((call) => call.url.pathname === '/api/me/password')).toBe(false);
  });
});
