import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, type MockResponse } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { admittedToProgram7, anonymous, learnerMe, program, session } from './fixtures';

function open(me: MockResponse, shown: ReturnType<typeof session>, more: Record<string, MockResponse> = {}) {
  document.cookie = 'civitas_csrf=t; path=/';
  const mocks = mockFetch({
    'GET /api/me': me,
    'GET /api/me/programs': { body: admittedToProgram7 },
    'GET /api/programs/7': { body: { ...program, canEdit: false } },
    'GET /api/sessions/90': { body: shown },
    ...more,
  });
  renderApp('/sessions/90');
  return mocks;
}

describe('session page', { timeout: 30_000 }, () => {
  it('shows a visitor the public facts, the time in the session’s zone, and no registration', async () => {
    open(anonymous, session({ format: 'hybrid', venue: 'Будинок громадськості', room: 'Зала 1', address: 'Київ, вул. Хрещатик, 36' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Вступ до електронного врядування' })).toBeInTheDocument();
    expect(await screen.findByText('Модуль 1. Основи цифрового врядування ·', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: program.title })).toHaveAttribute('href', '/programs/7');
    expect(screen.getByText('10 березня 2026 р., 10:00–11:30 (Київ)')).toBeInTheDocument();
    expect(screen.getByText('Будинок громадськості, Зала 1, Київ, вул. Хрещатик, 36 і онлайн')).toBeInTheDocument();
    expect(screen.getByText('Оксана Гнатюк')).toBeInTheDocument();
    expect(screen.getByText(/Реєструються на заняття й отримують посилання на зустріч зараховані учасники/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Зареєструватися' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Приєднатися' })).not.toBeInTheDocument();
  });

  it('lets an admitted participant register, and says when the link will appear', async () => {
    const { calls } = open({ body: learnerMe }, session({ meetingUrlAvailableAt: '2026-03-10T07:30:00Z' }), {
      'POST /api/sessions/90/registration': {
        body: session({ meetingUrlAvailableAt: '2026-03-10T07:30:00Z', myRegistration: 'registered', registered: 1 }),
      },
    });
    const user = userEvent.setup();

    expect(await screen.findByText('Посилання на зустріч з’явиться тут о 09:30 (Київ).')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Приєднатися' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Додати до календаря (.ics)' })).toHaveAttribute('href', '/api/sessions/90/calendar.ics');
    await user.click(screen.getByRole('button', { name: 'Зареєструватися' }));

    expect(await screen.findByRole('button', { name: 'Скасувати реєстрацію' })).toBeInTheDocument();
    expect(screen.getByText(/Ви зареєстровані. Запрошення з подією для календаря надіслано/)).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST' && call.url.pathname === '/api/sessions/90/registration')).toBe(true);
  });

  it('gives a registered participant the meeting link as a Join button once it is there', async () => {
    open(
      { body: learnerMe },
      session({
        status: 'live',
        meetingUrl: 'https://meet.example.org/abc',
        meetingUrlAvailableAt: '2026-03-10T07:30:00Z',
        myRegistration: 'registered',
      }),
    );
    const join = await screen.findByRole('link', { name: 'Приєднатися' });
    expect(join).toHaveAttribute('href', 'https://meet.example.org/abc');
    expect(join).toHaveAttribute('target', '_blank');
    expect(screen.getByText('Триває')).toBeInTheDocument();
    expect(screen.queryByText(/з’явиться тут о/)).not.toBeInTheDocument();
  });

  it('tells a waitlisted participant how the waiting list works and lets them leave it', async () => {
    const { calls } = open({ body: learnerMe }, session({ capacity: 1, registered: 1, waitlisted: 1, myRegistration: 'waitlisted' }), {
      'DELETE /api/sessions/90/registration': { body: session({ capacity: 1, registered: 1, waitlisted: 0 }) },
    });
    const user = userEvent.setup();

    expect(await screen.findByText(/Усі місця зайнято, ви в списку очікування/)).toBeInTheDocument();
    expect(screen.getByText('Ви в списку очікування')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Вийти зі списку очікування' }));

    // the place is full: the way back in is the waiting list
    expect(await screen.findByRole('button', { name: 'Стати в список очікування' })).toBeInTheDocument();
    await waitFor(() => expect(calls.some((call) => call.method === 'DELETE')).toBe(true));
  });

  it('says a cancelled session is cancelled, with the reason, and offers nothing to do', async () => {
    open({ body: learnerMe }, session({ status: 'cancelled', cancellationReason: 'Спікерка захворіла', myRegistration: 'registered' }));
    const alert = await screen.findByText('Спікерка захворіла');
    expect(within(alert.closest('[role="alert"], .mantine-Alert-root') as HTMLElement).getByText('Заняття скасовано')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Скасувати реєстрацію' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Додати до календаря (.ics)' })).not.toBeInTheDocument();
  });
});
