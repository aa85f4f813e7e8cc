import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, type Handler } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { adminMe, program, session } from './fixtures';

function workspace(sessions: unknown[], more: Record<string, Handler> = {}) {
  document.cookie = 'civitas_csrf=t; path=/';
  return mockFetch({
    'GET /api/me': { body: adminMe },
    'GET /api/programs/7': { body: program },
    'GET /api/programs/7/sessions': { body: sessions },
    ...more,
  });
}

// Whole-app renders of management screens are slow in jsdom on a busy machine.
describe('sessions tab', { timeout: 30_000 }, () => {
  it('lists sessions under their modules in program order, with the time in its zone and the registrations', async () => {
    workspace([
      session({ id: 92, moduleId: 31, title: 'Портал послуг', startsAt: '2026-04-02T09:00:00+03:00', endsAt: '2026-04-02T10:00:00+03:00' }),
      session({ registered: 100, waitlisted: 3, outsideProgramDates: true }),
    ]);
    renderApp('/manage/programs/7/sessions');

    expect(await screen.findByRole('heading', { level: 1, name: `Заняття: ${program.title}` })).toBeInTheDocument();
    const first = screen.getByRole('list', { name: 'Модуль 1. Основи цифрового врядування' });
    const row = within(first).getByTestId('session-row');
    expect(within(row).getByRole('link', { name: 'Вступ до електронного врядування' })).toHaveAttribute('href', '/sessions/90');
    expect(within(row).getByText('10 березня 2026 р., 10:00–11:30 (Київ)')).toBeInTheDocument();
    expect(within(row).getByText('Зареєстровано 100 з 100 · 3 в очікуванні')).toBeInTheDocument();
    expect(within(row).getByText('Поза датами програми')).toBeInTheDocument();
    // someone registered: it can be cancelled, not deleted
    expect(within(row).queryByRole('button', { name: /^Видалити/ })).not.toBeInTheDocument();
    const second = screen.getByRole('list', { name: 'Модуль 2. Електронні послуги' });
    expect(within(second).getByText('2 квітня 2026 р., 09:00–10:00 (Київ)')).toBeInTheDocument();
    expect(within(second).getByRole('button', { name: 'Видалити «Портал послуг»' })).toBeInTheDocument();
  });

  it('sends a new session with its zone’s offset, and shows the server’s field errors under the fields', async () => {
    const { calls } = workspace([], {
      'POST /api/programs/7/modules/31/sessions': () => ({
        status: 400,
        body: {
          status: 400,
          code: 'validation_failed',
          detail: 'Перевірте поля.',
          errors: [{ field: 'meetingUrl', code: 'not_a_web_address', message: 'Це не адреса вебсторінки' }],
        },
      }),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/manage/programs/7/sessions');

    await user.click(await screen.findByRole('button', { name: 'Додати заняття' }));
    expect(router.state.location.search).toBe('?session=new');
    expect(await screen.findByRole('heading', { level: 1, name: `Нове заняття: ${program.title}` })).toBeInTheDocument();

    // nothing filled in: the summary lists what is missing
    await user.click(screen.getByRole('button', { name: 'Створити заняття' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Тема: Заповніть це поле.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Посилання на зустріч: Заповніть це поле.' })).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: /^Модуль/ }));
    // The dropdown is still in its opening transition in jsdom, hence `hidden`.
    await user.click(await screen.findByRole('option', { name: 'Модуль 2. Електронні послуги', hidden: true }));
    await user.type(screen.getByRole('textbox', { name: /^Тема/ }), 'Портал послуг');
    await user.type(screen.getByRole('textbox', { name: /^Початок/ }), '01.06.2026 10:00');
    await user.type(screen.getByRole('textbox', { name: /^Кінець/ }), '01.06.2026 11:30');
    await user.tab();
    // 1 June is after the program's end (30 May): a warning, not a refusal
    expect(await screen.findByText(/Заняття поза датами програми/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Посилання на зустріч/ }), 'zoom meeting 123');
    await user.click(screen.getByRole('button', { name: 'Додати спікера' }));
    await user.type(screen.getByRole('textbox', { name: /^Ім’я спікера 1/ }), 'Тарас Бондар');
    await user.click(screen.getByRole('button', { name: 'Створити заняття' }));

    const link = screen.getByRole('textbox', { name: /^Посилання на зустріч/ });
    await waitFor(() => expect(link).toHaveAccessibleDescription(/Це не адреса вебсторінки/));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Посилання на зустріч: Це не адреса вебсторінки' })).toBeInTheDocument();
    const sent = calls.find((call) => call.method === 'POST');
    expect(sent?.body).toMatchObject({
      title: 'Портал послуг',
      startsAt: '2026-06-01T10:00:00+03:00',
      endsAt: '2026-06-01T11:30:00+03:00',
      timeZone: 'Europe/Kyiv',
      format: 'online',
      meetingUrl: 'zoom meeting 123',
      venue: null,
      speakers: [{ name: 'Тарас Бондар', position: null, bio: null }],
      registrationRequired: true,
    });
  });

  it('shows the venue fields instead of the link for an in-person session', async () => {
    workspace([session()]);
    const user = userEvent.setup();
    renderApp('/manage/programs/7/sessions?session=90');

    expect(await screen.findByRole('textbox', { name: /^Посилання на зустріч/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Очно' }));
    expect(screen.queryByRole('textbox', { name: /^Посилання на зустріч/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Місце/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Адреса/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Зала чи кабінет/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Змішаний' }));
    expect(screen.getByRole('textbox', { name: /^Посилання на зустріч/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Місце/ })).toBeInTheDocument();
  });

  it('asks before Cancel or Back drop unsaved changes, and closes at once when nothing changed', async () => {
    workspace([session()]);
    const user = userEvent.setup();
    const { router } = renderApp('/manage/programs/7/sessions?session=90');

    const title = await screen.findByRole('textbox', { name: /^Тема/ });
    await user.click(screen.getByRole('button', { name: 'Скасувати' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));

    await user.click(await screen.findByRole('button', { name: 'Змінити «Вступ до електронного врядування»' }));
    await user.type(await screen.findByRole('textbox', { name: /^Тема/ }), ' (оновлено)');
    await user.click(screen.getByRole('button', { name: 'Скасувати' }));
    let dialog = await screen.findByRole('dialog', { name: 'Піти без збереження?' });
    await user.click(within(dialog).getByRole('button', { name: 'Залишитися' }));
    expect(router.state.location.search).toBe('?session=90');
    expect(screen.getByRole('textbox', { name: /^Тема/ })).toHaveValue('Вступ до електронного врядування (оновлено)');

    await user.click(screen.getByRole('button', { name: /До списку занять/ }));
    dialog = await screen.findByRole('dialog', { name: 'Піти без збереження?' });
    await user.click(within(dialog).getByRole('button', { name: 'Піти без збереження' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(title).not.toBeInTheDocument();
  });

  it('explains a save over someone else’s change and loads the server’s version into the form', async () => {
    const meetingUrl = 'https://meet.example.org/90';
    let current = session({ version: 0, meetingUrl });
    const { calls } = workspace([current], {
      'GET /api/sessions/90': () => ({ body: current }),
      'PUT /api/sessions/90': ({ body }) =>
        (body as { version: number }).version === current.version
          ? { body: { ...current, ...(body as object), version: current.version + 1 } }
          : { status: 409, body: { status: 409, code: 'stale_version', detail: 'Заняття змінено.' } },
    });
    const user = userEvent.setup();
    const { router } = renderApp('/manage/programs/7/sessions?session=90');

    const title = await screen.findByRole('textbox', { name: /^Тема/ });
    current = session({ version: 1, meetingUrl, title: 'Нова тема від колеги' }); // someone else saved meanwhile
    await user.type(title, ' (моя правка)');
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));

    const alert = await screen.findByRole('alert', { name: 'Заняття щойно змінив хтось інший' });
    expect(screen.queryByText('Заняття змінено.')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Завантажити актуальну версію' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Тема/ })).toHaveValue('Нова тема від колеги'));
    expect(screen.queryByRole('alert', { name: 'Заняття щойно змінив хтось інший' })).not.toBeInTheDocument();

    // nothing unsaved after the reload: saving goes through with the new version and closes the form
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(calls.filter((call) => call.method === 'PUT').map((call) => (call.body as { version: number }).version)).toEqual([0, 1]);
  });

  it('cancels with a reason after saying the registrants will be told', async () => {
    const { calls } = workspace([session({ registered: 2, waitlisted: 1 })], {
      'POST /api/sessions/90/cancel': ({ body }) => ({
        body: session({ status: 'cancelled', cancellationReason: (body as { reason: string }).reason, registered: 2, waitlisted: 1 }),
      }),
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/sessions');

    await user.click(await screen.findByRole('button', { name: 'Скасувати заняття «Вступ до електронного врядування»' }));
    const dialog = await screen.findByRole('dialog', { name: 'Скасувати заняття?' });
    expect(within(dialog).getByText(/3 зареєстровані людини отримають лист зі скасуванням/)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /^Причина/ }), 'Спікерка захворіла');
    await user.click(within(dialog).getByRole('button', { name: 'Скасувати заняття' }));

    await waitFor(() => expect(calls.some((call) => call.method === 'POST' && call.url.pathname === '/api/sessions/90/cancel')).toBe(true));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ reason: 'Спікерка захворіла' });
    expect(await screen.findByText('Заняття «Вступ до електронного врядування» скасовано.')).toBeInTheDocument();
  });

  it('offers to cancel instead when someone registered before the deletion', async () => {
    workspace([session()], {
      'DELETE /api/sessions/90': () => ({
        status: 409,
        body: { status: 409, code: 'session_has_registrations', detail: 'На заняття вже зареєструвалися.' },
      }),
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/sessions');

    await user.click(await screen.findByRole('button', { name: 'Видалити «Вступ до електронного врядування»' }));
    const dialog = await screen.findByRole('dialog', { name: 'Видалити заняття?' });
    await user.click(within(dialog).getByRole('button', { name: 'Видалити' }));
    expect(await within(dialog).findByText('На заняття вже зареєструвалися.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Скасувати замість видалення' }));
    expect(await screen.findByRole('dialog', { name: 'Скасувати заняття?' })).toBeInTheDocument();
  });
});
