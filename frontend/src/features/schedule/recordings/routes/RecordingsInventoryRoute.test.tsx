import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../../testing/fetch-mock';
import { renderApp } from '../../../../testing/render-app';
import { adminMe, learnerMe, session } from '../../routes/fixtures';

const MB = 1024 * 1024;
const item = (id: number, size: number, sessionId = 90) => ({
  id,
  sessionId,
  fileName: `запис-${id}.mp4`,
  contentType: 'video/mp4',
  size,
  createdAt: '2026-03-10T12:00:00Z',
  url: `/api/recordings/${id}/file`,
});

describe('recordings inventory', { timeout: 30_000 }, () => {
  it('lists every recording with its session, size in MB or GB and date, linked from the admin navigation', async () => {
    const { calls } = mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/admin/recordings': {
        body: { items: [item(2, 1.5 * 1024 * MB), item(1, 350.2 * MB, 91)], page: 0, size: 50, totalItems: 2, totalPages: 1 },
      },
      'GET /api/sessions/90': { body: session() },
    });
    renderApp('/admin/recordings');

    expect(await screen.findByRole('heading', { level: 1, name: 'Записи занять' })).toBeInTheDocument();
    const rows = await screen.findAllByTestId('inventory-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'запис-2.mp4' })).toHaveAttribute('href', '/api/recordings/2/file');
    expect(within(rows[0]!).getByText('1,5 ГБ')).toBeInTheDocument();
    expect(await within(rows[0]!).findByRole('link', { name: 'Вступ до електронного врядування' })).toHaveAttribute('href', '/sessions/90');
    expect(within(rows[1]!).getByText('350,2 МБ')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link', { name: 'Заняття № 91' })).toHaveAttribute('href', '/sessions/91');
    expect(screen.getByText(/Усього записів: 2/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Записи' })[0]).toHaveAttribute('href', '/admin/recordings');
    expect(calls.find((call) => call.url.pathname === '/api/admin/recordings')?.url.searchParams.get('page')).toBe('0');
  });

  it('is for administrators only', async () => {
    mockFetch({ 'GET /api/me': { body: learnerMe } });
    renderApp('/admin/recordings');
    expect(await screen.findByText('Недостатньо прав')).toBeInTheDocument();
  });
});
