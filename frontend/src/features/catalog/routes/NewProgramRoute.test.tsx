import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { adminMe, page, program } from './fixtures';

describe('new program', { timeout: 20_000 }, () => {
  it('reads dates typed day-month-year, checks their order, and asks before leaving unsaved', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    const { calls } = mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/admin/users': { body: page([]) },
      'GET /api/programs/7': { body: program },
      'GET /api/programs/7/materials': { body: [] },
      'POST /api/programs': { status: 201, body: program },
    });
    const { router } = renderApp('/manage/programs/new');
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /Назва програми/ }), 'Цифрові громади');
    // Leaving with unsaved changes asks first; staying keeps them.
    void router.navigate('/programs');
    const leave = await screen.findByRole('dialog', { name: 'Піти без збереження?' });
    await user.click(within(leave).getByRole('button', { name: 'Залишитися' }));
    expect(router.state.location.pathname).toBe('/manage/programs/new');
    expect(screen.getByRole('textbox', { name: /Назва програми/ })).toHaveValue('Цифрові громади');

    await user.type(screen.getByRole('textbox', { name: /Організатор/ }), 'Школа публічного управління');
    await user.type(screen.getByRole('spinbutton', { name: /Обсяг, годин/ }), '60');
    await user.type(screen.getByLabelText('Дата початку'), '01.03.2026');
    await user.type(screen.getByLabelText('Дата завершення'), '01.02.2026');
    await user.type(screen.getByLabelText('Початок прийому заявок'), '10.01.2026 09:00');
    await user.click(screen.getByRole('button', { name: 'Створити чернетку' }));

    const summary = screen.getByRole('alert', { name: 'Виправте 1 поле' });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: /^Дата завершення:/ })).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    const ends = screen.getByLabelText('Дата завершення');
    await user.clear(ends);
    await user.type(ends, '30.06.2026');
    await user.click(screen.getByRole('button', { name: 'Створити чернетку' }));

    // Saved: on to the editor, without asking.
    await waitFor(() => expect(router.state.location.pathname).toBe('/manage/programs/7'));
    expect(screen.queryByRole('dialog', { name: 'Піти без збереження?' })).not.toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({
      title: 'Цифрові громади',
      hours: 60,
      startsOn: '2026-03-01',
      endsOn: '2026-06-30',
      // 09:00 in Kyiv in January is 07:00 UTC.
      enrollmentOpensAt: '2026-01-10T07:00:00.000Z',
      enrollmentClosesAt: null,
    });
  });
});
