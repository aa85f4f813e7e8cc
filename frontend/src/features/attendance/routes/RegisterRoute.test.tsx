import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch, type Handler, type MockResponse, type RecordedRequest } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
// The app loads this screen lazily; importing it here keeps its compile time out of the first test.
import './RegisterRoute';
import { entry, problem, session, trainerMe } from './fixtures';

const olena = entry({ status: 'present', minutes: 85, source: 'self_check_in', updatedAt: '2026-04-02T07:05:00Z', updatedBy: 5 });
const andrii = entry({ userId: 6, fullName: 'Мельник Андрій', email: 'andrii@example.org', registered: false });
const iryna = entry({ userId: 7, fullName: 'Бойко Ірина', email: 'iryna@example.org', note: 'Лікарняний' });

/** `PUT …/attendance/{userId}` answers the entry the server would write (source trainer); user 7 is refused when `refuse`. */
const marking =
  (refuse = false): Handler =>
  ({ url, body }) => {
    const userId = Number(url.pathname.split('/').pop());
    if (refuse && userId === 7) return problem(404, 'not_found', 'Учасника не знайдено.');
    const before = [olena, andrii, iryna].find((item) => item.userId === userId);
    return { body: { ...before, ...(body as object), source: 'trainer', updatedBy: 9 } };
  };

function trainer(extra: Record<string, Handler | MockResponse> = {}) {
  return mockFetch({
    'GET /api/me': { body: trainerMe },
    'GET /api/sessions/12': { body: session },
    'GET /api/sessions/12/attendance': { body: [olena, andrii, iryna] },
    'PUT /api/sessions/12/attendance/5': marking(),
    'PUT /api/sessions/12/attendance/6': marking(),
    'PUT /api/sessions/12/attendance/7': marking(),
    ...extra,
  });
}

const puts = (calls: RecordedRequest[]) => calls.filter((call) => call.method === 'PUT');
const row = (name: string) => screen.getAllByTestId('register-row').find((item) => within(item).queryByText(name)) as HTMLElement;

describe('attendance register', { timeout: 20_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });

  it('lists every admitted participant with status, minutes, source, note and registration, and links the exports', async () => {
    trainer();
    renderApp('/manage/sessions/12/attendance');

    expect(await screen.findByRole('heading', { level: 1, name: 'Журнал відвідуваності: Відкриті дані громади' })).toBeInTheDocument();
    expect(screen.getAllByTestId('register-row')).toHaveLength(3);
    const first = row('Коваленко Олена Петрівна');
    expect(within(first).getByText('Присутній')).toBeInTheDocument();
    expect(within(first).getByText('85')).toBeInTheDocument();
    expect(within(first).getByText('Самовідмітка')).toBeInTheDocument();
    expect(within(first).getByText('Так')).toBeInTheDocument();
    expect(within(row('Мельник Андрій')).getByText('Не відмічено')).toBeInTheDocument();
    expect(within(row('Мельник Андрій')).getByText('Ні')).toBeInTheDocument();
    expect(within(row('Бойко Ірина')).getByText('Лікарняний')).toBeInTheDocument();
    expect(screen.getByText('Присутній: 1 · Запізнився: 0 · Поважна причина: 0 · Відсутній: 0 · Не відмічено: 2')).toBeInTheDocument();

    const csv = screen.getAllByRole('link', { name: 'CSV' });
    expect(csv.map((link) => link.getAttribute('href'))).toEqual([
      '/api/sessions/12/attendance.csv',
      '/api/programs/7/attendance.csv',
    ]);
    expect(screen.getAllByRole('link', { name: 'XLSX' })[0]).toHaveAttribute('href', '/api/sessions/12/attendance.xlsx');
    expect(screen.getByRole('link', { name: 'Екран коду для відмітки' })).toHaveAttribute('href', '/manage/sessions/12/check-in');
  });

  it('changes one participant: status, minutes and a note', async () => {
    const { calls } = trainer();
    const user = userEvent.setup();
    renderApp('/manage/sessions/12/attendance');

    await user.click(await screen.findByRole('button', { name: 'Змінити відвідуваність: Мельник Андрій' }));
    const dialog = await screen.findByRole('dialog', { name: 'Відвідуваність учасника' });
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти' }));
    expect(await within(dialog).findAllByText('Виберіть статус.')).not.toHaveLength(0);
    expect(puts(calls)).toHaveLength(0);

    await user.click(within(dialog).getByRole('radio', { name: 'Запізнився' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Хвилини' }), '40');
    await user.type(within(dialog).getByRole('textbox', { name: 'Примітка' }), '  Підключився пізніше ');
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(puts(calls)[0]?.url.pathname).toBe('/api/sessions/12/attendance/6');
    expect(puts(calls)[0]?.body).toEqual({ status: 'late', minutes: 40, note: 'Підключився пізніше' });
    expect(within(row('Мельник Андрій')).getByText('Запізнився')).toBeInTheDocument();
    expect(within(row('Мельник Андрій')).getByText('Тренер')).toBeInTheDocument();
  });

  it('marks the selected participants one by one, keeping their minutes and notes, and keeps the refused ones selected', async () => {
    const { calls } = trainer({ 'PUT /api/sessions/12/attendance/7': marking(true) });
    const user = userEvent.setup();
    renderApp('/manage/sessions/12/attendance');

    await user.click(await screen.findByRole('checkbox', { name: 'Вибрати всіх учасників' }));
    expect(screen.getByText('Вибрано 3 учасників')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Статус для вибраних' }));
    await user.click(await screen.findByRole('option', { name: 'Відсутній', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Застосувати' }));

    expect(await screen.findByText('Змінено 2 записи.')).toBeInTheDocument();
    expect(puts(calls).map((call) => [call.url.pathname, call.body])).toEqual([
      ['/api/sessions/12/attendance/5', { status: 'absent', minutes: 85, note: null }],
      ['/api/sessions/12/attendance/6', { status: 'absent', minutes: null, note: null }],
      ['/api/sessions/12/attendance/7', { status: 'absent', minutes: null, note: 'Лікарняний' }],
    ]);
    expect(screen.getByRole('progressbar', { name: 'Поступ зміни' })).toHaveAttribute('aria-valuenow', '100');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Не змінено 1 запис');
    expect(alert).toHaveTextContent('Бойко Ірина: Учасника не знайдено.');
    expect(within(row('Мельник Андрій')).getByText('Відсутній')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Вибрати: Бойко Ірина' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Вибрати: Мельник Андрій' })).not.toBeChecked();
  });

  it('shows the history of changes with names, statuses, minutes and how they were made', async () => {
    trainer({
      'GET /api/sessions/12/attendance/history': {
        body: [
          { userId: 5, changedBy: 5, changedAt: '2026-04-02T07:05:00Z', oldStatus: null, newStatus: 'present', oldMinutes: null, newMinutes: null, source: 'self_check_in', note: null },
          { userId: 7, changedBy: 9, changedAt: '2026-04-02T06:00:00Z', oldStatus: 'absent', newStatus: 'excused', oldMinutes: null, newMinutes: 0, source: 'trainer', note: 'Лікарняний' },
        ],
      },
    });
    const user = userEvent.setup();
    renderApp('/manage/sessions/12/attendance');

    await user.click(await screen.findByRole('button', { name: 'Історія змін' }));
    const drawer = await screen.findByRole('dialog', { name: 'Історія змін журналу' });
    const items = await within(drawer).findAllByTestId('history-item');
    expect(items).toHaveLength(2);
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect(first).toHaveTextContent('Коваленко Олена Петрівна');
    expect(first).toHaveTextContent('Не відмічено → Присутній');
    expect(first).toHaveTextContent('Самовідмітка · змінив(-ла) Коваленко Олена Петрівна');
    expect(second).toHaveTextContent('Відсутній → Поважна причина (0 хв)');
    expect(second).toHaveTextContent('Тренер');
    expect(second).toHaveTextContent('Лікарняний');
  });

  it('says a recording made up for the session, in the register and in its history', async () => {
    const viaRecording = { ...iryna, status: 'present', minutes: 48, source: 'recording', note: null, updatedBy: 7 };
    trainer({
      'GET /api/sessions/12/attendance': { body: [olena, andrii, viaRecording] },
      'GET /api/sessions/12/attendance/history': {
        body: [
          { userId: 7, changedBy: 7, changedAt: '2026-04-05T18:00:00Z', oldStatus: 'absent', newStatus: 'present', oldMinutes: null, newMinutes: 48, source: 'recording', note: null },
        ],
      },
    });
    const user = userEvent.setup();
    renderApp('/manage/sessions/12/attendance');

    await screen.findByRole('heading', { level: 1 });
    expect(within(row('Бойко Ірина')).getByText('Присутній (через запис)')).toBeInTheDocument();
    expect(within(row('Бойко Ірина')).getByText('Перегляд запису')).toBeInTheDocument();
    expect(within(row('Коваленко Олена Петрівна')).getByText('Присутній')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Історія змін' }));
    const drawer = await screen.findByRole('dialog', { name: 'Історія змін журналу' });
    expect(await within(drawer).findByTestId('history-item')).toHaveTextContent('Відсутній → Присутній (через запис) (48 хв)');
  });

  it('tells a trainer of another program that the register is not theirs', async () => {
    trainer({ 'GET /api/sessions/12/attendance': problem(403, 'forbidden', 'Недостатньо прав.') });
    renderApp('/manage/sessions/12/attendance');
    expect(await screen.findByRole('heading', { level: 1, name: 'Недостатньо прав' })).toBeInTheDocument();
    expect(screen.queryByTestId('register-row')).not.toBeInTheDocument();
  });

  it('says when a session does not exist', async () => {
    trainer({ 'GET /api/sessions/12/attendance': problem(404, 'not_found', 'Не знайдено.') });
    renderApp('/manage/sessions/12/attendance');
    expect(await screen.findByRole('heading', { level: 1, name: 'Заняття не знайдено' })).toBeInTheDocument();
  });
});
