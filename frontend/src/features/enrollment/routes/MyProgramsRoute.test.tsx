import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { application, learnerMe, myProgram as item } from './fixtures';

describe('my programs', () => {
  it('shows status badges, decision messages and withdraws after confirmation', async () => {
    let mine = [
      item({}),
      item({ programId: 8, applicationId: 32, title: 'Бюджетування', status: 'rejected', decisionMessage: 'Цього разу місць не вистачило.' }),
      item({ programId: 9, applicationId: 33, title: 'Кібергігієна', status: 'waitlisted' }),
    ];
    const { calls } = mockFetch({
      'GET /api/me': { body: learnerMe },
      'GET /api/auth/csrf': { status: 204, effect: () => (document.cookie = 'civitas_csrf=token') },
      'GET /api/me/programs': () => ({ body: mine }),
      'POST /api/applications/31/withdraw': {
        effect: () => {
          mine = mine.map((entry) => (entry.applicationId === 31 ? { ...entry, status: 'withdrawn' } : entry));
        },
        body: { ...application, status: 'withdrawn' },
      },
    });
    const user = userEvent.setup();
    renderApp('/my-programs');

    const cards = await screen.findAllByTestId('my-program');
    expect(cards).toHaveLength(3);
    const [first, second, third] = cards as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByText('Подано')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Цифрова трансформація громад' })).toHaveAttribute('href', '/programs/7');
    expect(within(second).getByText('Відхилено')).toBeInTheDocument();
    expect(within(second).getByText('Цього разу місць не вистачило.')).toBeInTheDocument();
    expect(within(second).queryByRole('button', { name: 'Відкликати заявку' })).not.toBeInTheDocument();
    expect(within(third).getByText('У листі очікування')).toBeInTheDocument();

    await user.click(within(first).getByRole('button', { name: 'Відкликати заявку' }));
    const dialog = await screen.findByRole('dialog', { name: 'Відкликати заявку?' });
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Так, відкликати' }));

    await waitFor(() => expect(calls.some((call) => call.method === 'POST' && call.url.pathname === '/api/applications/31/withdraw')).toBe(true));
    await waitFor(() => expect(within(screen.getAllByTestId('my-program')[0]!).getByText('Відкликано')).toBeInTheDocument());
    expect(within(screen.getAllByTestId('my-program')[0]!).queryByRole('button', { name: 'Відкликати заявку' })).not.toBeInTheDocument();
  });

  it('invites to the catalog when there are no applications', async () => {
    mockFetch({ 'GET /api/me': { body: learnerMe }, 'GET /api/me/programs': { body: [] } });
    renderApp('/my-programs');
    expect(await screen.findByText('Ви ще не подали жодної заявки.')).toBeInTheDocument();
  });
});
