import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch } from '../../testing/fetch-mock';
import { renderApp } from '../../testing/render-app';

const olena = {
  id: 12,
  email: 'olena@example.org',
  surname: 'Коваленко',
  givenName: 'Олена',
  patronymic: null,
  fullName: 'Коваленко Олена',
  roles: ['learner'],
  emailVerified: true,
};

describe('profile', { timeout: 15_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });

  it('is reached from the user menu and saves the language of messages and each notification', async () => {
    const { calls } = mockFetch({
      'GET /api/me': { body: olena },
      'GET /api/me/programs': { body: [] },
      'GET /api/me/notification-preferences': {
        body: { language: 'uk', notifications: { application_received: true, application_decided: true } },
      },
      'PUT /api/me/notification-preferences': ({ body }) => ({ body }),
    });
    const { router } = renderApp('/my-programs');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Меню облікового запису/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Профіль' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/profile'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Профіль' })).toBeInTheDocument();
    expect(screen.getByText('адресу підтверджено')).toBeInTheDocument();

    const received = await screen.findByRole('switch', { name: /^Заявку отримано/ });
    expect(received).toBeChecked();
    expect(received).toHaveAccessibleDescription('Лист після того, як ви подали заявку на програму.');
    expect(screen.getByText(/надсилаються завжди/)).toBeInTheDocument();

    await user.click(received);
    await user.click(screen.getByRole('combobox', { name: 'Мова листів' }));
    // The dropdown is still in its opening transition in jsdom, hence `hidden`.
    await user.click(await screen.findByRole('option', { name: 'English', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));

    expect(await screen.findByText('Налаштування листів збережено.')).toBeInTheDocument();
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.body).toEqual({ language: 'en', notifications: { application_received: false, application_decided: true } });
    expect(within(screen.getByRole('main')).getByRole('switch', { name: /^Рішення щодо заявки/ })).toBeChecked();
  });
});
