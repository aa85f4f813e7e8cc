import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, learnerMe, managedProgram, trainerMe } from '../../features/enrollment/routes/fixtures';
import { programReport, programsReport } from '../../features/reporting/testing';
import { mockFetch } from '../../testing/fetch-mock';
import { renderApp } from '../../testing/render-app';

// Whole-app renders of management screens are slow in jsdom on a busy machine.
describe('reports in the app', { timeout: 30_000 }, () => {
  it('gives the program’s trainer a Reports tab in the workspace', async () => {
    const { calls } = mockFetch({
      'GET /api/me': { body: trainerMe },
      'GET /api/programs/7': { body: managedProgram },
      'GET /api/programs/7/report': { body: programReport() },
    });
    renderApp('/manage/programs/7/reports?region=Київська+область');

    const tabs = await screen.findByRole('navigation', { name: 'Розділи програми' });
    expect(within(tabs).getByRole('link', { name: 'Звіти' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 1, name: `Звіти: ${managedProgram.title}` })).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Шлях учасників' })).toHaveTextContent('Подали заявку240');
    expect(calls.find((call) => call.url.pathname === '/api/programs/7/report')?.url.searchParams.get('region')).toBe('Київська область');
    // the trainer does not get the administrators' cross-program report in the navigation
    expect(screen.queryByRole('link', { name: 'Звіти', current: false })).not.toBeInTheDocument();
  });

  it('links the administrators’ report by program from the navigation', async () => {
    mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/reports/programs': { body: programsReport },
      'GET /api/programs': { body: { items: [], page: 0, size: 12, totalItems: 0, totalPages: 0 } },
    });
    const user = userEvent.setup();
    const { router } = renderApp('/programs');
    const nav = (await screen.findAllByRole('navigation', { name: 'Головна навігація' }))[0]!;
    await user.click(await within(nav).findByRole('link', { name: 'Звіти' }));
    expect(router.state.location.pathname).toBe('/admin/reports');
    expect(await screen.findByRole('heading', { level: 1, name: 'Звіти за програмами' })).toBeInTheDocument();
    expect(await screen.findByTestId('programs-total-row')).toHaveTextContent('Разом (програм: 2)');
  });

  it('refuses the report by program to anyone but administrators', async () => {
    mockFetch({ 'GET /api/me': { body: learnerMe } });
    renderApp('/admin/reports');
    expect(await screen.findByText('403')).toBeInTheDocument();
  });
});
