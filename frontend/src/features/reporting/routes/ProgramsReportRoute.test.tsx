import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { programsReport, renderAt } from '../testing';
import { ProgramsReportRoute } from './ProgramsReportRoute';

const open = (path = '/admin/reports') => renderAt('/admin/reports', path, <ProgramsReportRoute />);

describe('reports by program', { timeout: 30_000 }, () => {
  it('shows each program, the total row, hours and ECTS delivered and participants by oblast for the period in the URL', async () => {
    const { calls } = mockFetch({ 'GET /api/reports/programs': { body: programsReport } });
    open('/admin/reports?from=2025-09-01&to=2026-06-30');

    expect(await screen.findByRole('heading', { level: 1, name: 'Звіти за програмами' })).toBeInTheDocument();
    const table = await screen.findByTestId('programs-table');
    const link = within(table).getByRole('link', { name: 'Цифрова трансформація громад' });
    expect(link).toHaveAttribute('href', '/manage/programs/7/reports');
    const openData = within(table).getByRole('rowheader', { name: /Відкриті дані/ }).closest('tr')!;
    expect(within(openData).getAllByRole('cell').map((cell) => cell.textContent).slice(1)).toEqual(['15', '0,5', '60', '50', '45', '41', '615', '20,5']);
    expect(within(openData).getByText('В архіві')).toBeInTheDocument();

    const total = screen.getByTestId('programs-total-row');
    expect(within(total).getByRole('rowheader')).toHaveTextContent('Разом (програм: 2)');
    expect(within(total).getAllByRole('cell').map((cell) => cell.textContent).filter(Boolean)).toEqual(['300', '230', '195', '134', '3\u00a0405', '113,5']);

    const totals = screen.getByTestId('programs-totals');
    expect(within(totals).getByText('Надано кредитів ЄКТС').nextSibling).toHaveTextContent('113,5');

    const regions = screen.getByTestId('regions-table');
    expect(within(regions).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'ОбластьУчасниківСертифікати',
      'Полтавська область13080',
      'Київська область10054',
    ]);
    expect(screen.getByRole('region', { name: 'Діаграма учасників за областями; числа — у таблиці нижче' })).toBeInTheDocument();

    expect(Object.fromEntries(calls.find((call) => call.url.pathname === '/api/reports/programs')!.url.searchParams)).toEqual({
      from: '2025-09-01',
      to: '2026-06-30',
    });
  });

  it('clears the period and asks for all time', async () => {
    const { calls } = mockFetch({ 'GET /api/reports/programs': { body: programsReport } });
    const user = userEvent.setup();
    const { router } = open('/admin/reports?from=2025-09-01');
    await screen.findByTestId('programs-table');
    expect(screen.getByRole('textbox', { name: 'Період з' })).toHaveValue('01.09.2025');

    await user.click(screen.getByRole('button', { name: 'Скинути фільтри' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(calls.filter((call) => call.url.pathname === '/api/reports/programs').at(-1)?.url.search).toBe(''));
  });
});
