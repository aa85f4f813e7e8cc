import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';

const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };

describe('unsubscribe page', { timeout: 15_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });

  it('says what will stop, changes nothing until asked, then switches the kind off without a session', async () => {
    const token = '12.application_decided.c2lnbmF0dXJl';
    const { calls } = mockFetch({
      'GET /api/me': anonymous,
      'POST /api/notifications/unsubscribe': { status: 204 },
    });
    renderApp(`/unsubscribe?token=${token}`);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Відписка від листів' })).toBeInTheDocument();
    expect(screen.getByText('Ви більше не отримуватимете листів «Рішення щодо заявки».')).toBeInTheDocument();
    expect(calls.filter((call) => call.method !== 'GET')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Відписатися' }));
    expect(await screen.findByText('Ви відписалися від листів «Рішення щодо заявки».')).toBeInTheDocument();
    const post = calls.find((call) => call.url.pathname === '/api/notifications/unsubscribe');
    expect(post?.url.searchParams.get('token')).toBe(token);
    expect(screen.getByRole('link', { name: 'Відкрити профіль' })).toHaveAttribute('href', '/profile');
  });

  it('shows the server refusing a link that is not valid', async () => {
    mockFetch({
      'GET /api/me': anonymous,
      'POST /api/notifications/unsubscribe': {
        status: 404,
        body: { status: 404, code: 'unsubscribe_link_invalid', detail: 'Посилання для відписки недійсне.' },
      },
    });
    renderApp('/unsubscribe?token=forged');
    const user = userEvent.setup();

    expect(await screen.findByText('Ви більше не отримуватимете цього виду сповіщень.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Відписатися' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Посилання для відписки недійсне.');
  });
});
