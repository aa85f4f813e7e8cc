import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../../../testing/fake-xhr';
import { mockFetch, type MockResponse } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
// The app loads this screen lazily; importing it here keeps its compile time out of the first test.
import './RegisterRoute';
import { entry, problem, session, trainerMe } from './fixtures';

const preview = {
  id: 41,
  sessionId: 12,
  fileName: 'participants_8123.csv',
  format: 'zoom',
  status: 'previewed',
  sessionMinutes: 90,
  thresholdMinutes: 72,
  counts: { present: 1, below_threshold: 1, unmatched: 1, ambiguous: 1 },
  appliedAt: null,
  entries: [
    { line: 2, name: 'Олена Коваленко', email: 'olena@example.org', minutes: 88, matchedUserId: 5, matchedName: 'Коваленко Олена Петрівна', outcome: 'present', candidates: 1 },
    { line: 3, name: 'Andrii Melnyk', email: null, minutes: 20, matchedUserId: 6, matchedName: 'Мельник Андрій', outcome: 'below_threshold', candidates: 1 },
    { line: 5, name: 'iPhone (2)', email: null, minutes: 60, matchedUserId: null, matchedName: null, outcome: 'unmatched', candidates: 0 },
    { line: 6, name: 'Бойко', email: null, minutes: 80, matchedUserId: null, matchedName: null, outcome: 'ambiguous', candidates: 2 },
  ],
};

function trainer(confirm: MockResponse) {
  return mockFetch({
    'GET /api/me': { body: trainerMe },
    'GET /api/sessions/12': { body: session },
    'GET /api/sessions/12/attendance': { body: [entry(), entry({ userId: 6, fullName: 'Мельник Андрій', email: 'andrii@example.org' })] },
    'POST /api/attendance-imports/41/confirm': confirm,
  });
}

describe('meeting report import', { timeout: 20_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('uploads the report with its progress, previews every person with the outcome, and records the matched ones on confirmation', async () => {
    const { calls } = trainer({ body: { ...preview, status: 'applied', appliedAt: '2026-04-02T09:00:00Z' } });
    const user = userEvent.setup({ applyAccept: false });
    renderApp('/manage/sessions/12/attendance');

    const section = await screen.findByRole('region', { name: 'Імпорт звіту зустрічі' });
    await user.upload(within(section).getByTestId('report-file-input'), new File(['Name,Email\n'], 'participants_8123.csv', { type: 'text/csv' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    const xhr = FakeXhr.last();
    expect(xhr.url).toBe('/api/sessions/12/attendance-imports');
    expect(xhr.requestHeaders['x-csrf-token']).toBe('t');
    expect(xhr.file()?.name).toBe('participants_8123.csv');
    xhr.progress(30, 100);
    expect(await within(section).findByText('Завантаження… 30%')).toBeInTheDocument();
    expect(within(section).getByRole('progressbar', { name: 'Поступ завантаження' })).toHaveAttribute('aria-valuenow', '30');
    xhr.progress(100, 100);
    expect(await within(section).findByText('Читаємо звіт…')).toBeInTheDocument();
    xhr.respond(201, preview);

    expect(await within(section).findByText('participants_8123.csv: заняття триває 90 хв, присутність зараховується від 72 хв.')).toBeInTheDocument();
    expect(within(section).getByText('Присутній: 1 · Замало хвилин: 1 · Не знайдено: 1 · Неоднозначно: 1')).toBeInTheDocument();
    const rows = within(section).getAllByTestId('import-row');
    expect(rows).toHaveLength(4);
    expect(within(rows[0] as HTMLElement).getByText('Коваленко Олена Петрівна')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('Замало хвилин')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('Не знайдено')).toBeInTheDocument();
    expect(within(rows[3] as HTMLElement).getByText('2 учасники з таким ім’ям')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    const registerReads = () => calls.filter((call) => call.url.pathname === '/api/sessions/12/attendance').length;
    const before = registerReads();
    await user.click(within(section).getByRole('button', { name: 'Записати 2 учасників' }));
    expect(await within(section).findByText('Звіт записано: 2 учасники.')).toBeInTheDocument();
    expect(within(section).queryByTestId('import-row')).not.toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url.pathname)).toEqual(['/api/attendance-imports/41/confirm']);
    await waitFor(() => expect(registerReads()).toBeGreaterThan(before));
  });

  it('shows why a file was refused under the picker, and a second confirmation by the button', async () => {
    trainer(problem(409, 'import_already_applied', 'Цей звіт уже записано.'));
    const user = userEvent.setup({ applyAccept: false });
    renderApp('/manage/sessions/12/attendance');
    const section = await screen.findByRole('region', { name: 'Імпорт звіту зустрічі' });
    const input = within(section).getByTestId('report-file-input');

    await user.upload(input, new File(['hello'], 'нотатки.csv', { type: 'text/csv' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    FakeXhr.last().respond(400, {
      status: 400,
      code: 'validation_failed',
      detail: 'Перевірте файл.',
      errors: [{ field: 'file', code: 'meeting_report_not_recognized', message: 'Це не схоже на звіт Zoom чи Teams.' }],
    });
    expect(await within(section).findByText('Це не схоже на звіт Zoom чи Teams.')).toBeInTheDocument();

    await user.upload(input, new File(['x'], 'participants.csv', { type: 'text/csv' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(2));
    FakeXhr.last().respond(201, preview);
    await user.click(await within(section).findByRole('button', { name: 'Записати 2 учасників' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Цей звіт уже записано.');
  });
});
