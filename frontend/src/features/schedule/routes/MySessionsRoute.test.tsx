import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { admittedToProgram7, learnerMe, program, session } from './fixtures';

const FEED = 'http://localhost:8080/api/calendar-feeds/5.1.abcdefghijklmnopqrstuvwxyz.ics';
const NEW_FEED = 'http://localhost:8080/api/calendar-feeds/5.2.zyxwvutsrqponmlkjihgfedcba.ics';

function mySchedule() {
  document.cookie = 'civitas_csrf=t; path=/';
  const mocks = mockFetch({
    'GET /api/me': { body: learnerMe },
    'GET /api/me/programs': { body: admittedToProgram7 },
    'GET /api/me/sessions': {
      body: [
        session({ id: 80, title: 'Вступний вебінар', startsAt: '2020-02-03T10:00:00+02:00', endsAt: '2020-02-03T11:00:00+02:00', status: 'completed' }),
        session({ id: 91, title: 'Пізнє заняття', startsAt: '2099-03-10T15:00:00+02:00', endsAt: '2099-03-10T16:00:00+02:00' }),
        session({
          id: 90,
          title: 'Ранкове заняття',
          startsAt: '2099-03-10T10:00:00+02:00',
          endsAt: '2099-03-10T11:30:00+02:00',
          myRegistration: 'registered',
        }),
        session({ id: 92, title: 'Круглий стіл', format: 'in_person', venue: 'Будинок громадськості', startsAt: '2099-04-01T09:00:00+03:00', endsAt: '2099-04-01T13:00:00+03:00' }),
      ],
    },
    'GET /api/me/calendar-feed': { body: { url: FEED } },
    'POST /api/me/calendar-feed': { body: { url: NEW_FEED } },
    'POST /api/sessions/91/registration': { body: session({ id: 91, title: 'Пізнє заняття', myRegistration: 'registered' }) },
  });
  const app = renderApp('/my-sessions');
  return { ...mocks, ...app };
}

describe('my schedule', { timeout: 30_000 }, () => {
  it('lists upcoming sessions by day in time order, then the past, each linking to its page', async () => {
    mySchedule();
    expect(await screen.findByRole('heading', { level: 1, name: 'Мій розклад' })).toBeInTheDocument();
    const upcoming = await screen.findByRole('region', { name: 'Найближчі' });
    const march = within(upcoming).getByRole('list', { name: 'вівторок, 10 березня 2099 р.' });
    expect(within(march).getAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/sessions/')).map((link) => link.textContent)).toEqual([
      'Ранкове заняття',
      'Пізнє заняття',
    ]);
    const first = within(march).getAllByTestId('session-item')[0] as HTMLElement;
    expect(within(first).getByText('10:00–11:30 (Київ)')).toBeInTheDocument();
    expect(within(first).getByText(program.title)).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Скасувати реєстрацію на «Ранкове заняття»' })).toBeInTheDocument();
    expect(within(upcoming).getByText('Будинок громадськості')).toBeInTheDocument();
    const past = screen.getByRole('region', { name: 'Минулі' });
    expect(within(past).getByRole('link', { name: 'Вступний вебінар' })).toHaveAttribute('href', '/sessions/80');
    // nothing to register for once it is over
    expect(within(past).queryByRole('button')).not.toBeInTheDocument();
  });

  it('registers from the list', async () => {
    const { calls } = mySchedule();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Зареєструватися на «Пізнє заняття»' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'POST' && call.url.pathname === '/api/sessions/91/registration')).toBe(true));
    expect(await screen.findByText('Ви зареєстровані на «Пізнє заняття».')).toBeInTheDocument();
  });

  it('shows a month with the days that have sessions, and the sessions of the day picked', async () => {
    mySchedule();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Календар' }));
    // the month of the next session opens, its day picked
    const day = await screen.findByRole('button', { name: 'вівторок, 10 березня 2099 р., є заняття' });
    expect(day).toHaveAttribute('data-selected', 'true');
    expect(screen.getByRole('link', { name: 'Ранкове заняття' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^11 березня 2099/ }));
    expect(await screen.findByText('Цього дня занять немає.')).toBeInTheDocument();
  });

  it('gives the calendar feed address to copy, and a new one after saying the old stops working', async () => {
    const { calls } = mySchedule();
    const user = userEvent.setup();
    const address = await screen.findByRole('textbox', { name: 'Адреса календаря' });
    expect(address).toHaveValue(FEED);
    await user.click(screen.getByRole('button', { name: 'Створити нову адресу' }));
    const dialog = await screen.findByRole('dialog', { name: 'Створити нову адресу календаря?' });
    expect(within(dialog).getByText(/Стара адреса одразу перестане працювати/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Створити нову' }));
    await waitFor(() => expect(address).toHaveValue(NEW_FEED));
    expect(calls.filter((call) => call.url.pathname === '/api/me/calendar-feed').map((call) => call.method)).toEqual(['GET', 'POST']);
  });
});
