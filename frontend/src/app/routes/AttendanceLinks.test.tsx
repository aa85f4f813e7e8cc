import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminMe, admittedToProgram7, learnerMe, program, session } from '../../features/schedule/routes/fixtures';
import { mockFetch } from '../../testing/fetch-mock';
import { renderApp } from '../../testing/render-app';

const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();

/** The schedule's screens composed with attendance: where its check-in and register are reached from. */
describe('attendance links on the schedule', { timeout: 30_000 }, () => {
  it('gives each session in the Sessions tab its check-in code screen and register', async () => {
    mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/programs/7': { body: program },
      'GET /api/programs/7/sessions': { body: [session()] },
    });
    renderApp('/manage/programs/7/sessions');

    const row = await screen.findByTestId('session-row');
    expect(within(row).getByRole('link', { name: 'Код для відмітки: Вступ до електронного врядування' })).toHaveAttribute(
      'href',
      '/manage/sessions/90/check-in',
    );
    expect(within(row).getByRole('link', { name: 'Журнал відвідуваності: Вступ до електронного врядування' })).toHaveAttribute(
      'href',
      '/manage/sessions/90/attendance',
    );
  });

  it.each([
    ['while check-in is open', minutes(-10), minutes(60), 'live', true],
    ['ten minutes before the start', minutes(10), minutes(90), 'scheduled', true],
    ['not an hour before the start', minutes(60), minutes(150), 'scheduled', false],
    ['not after the end', minutes(-120), minutes(-30), 'completed', false],
    ['not when cancelled', minutes(-10), minutes(60), 'cancelled', false],
  ])('shows an admitted participant "Check in" on the session page %s', async (_when, startsAt, endsAt, status, shown) => {
    mockFetch({
      'GET /api/me': { body: learnerMe },
      'GET /api/me/programs': { body: admittedToProgram7 },
      'GET /api/programs/7': { body: { ...program, canEdit: false } },
      // Registered: the page counts the viewer as a participant from the first answer on.
      'GET /api/sessions/90': { body: session({ startsAt, endsAt, status, myRegistration: 'registered' }) },
    });
    renderApp('/sessions/90');

    await screen.findByRole('heading', { level: 1, name: 'Вступ до електронного врядування' });
    const link = screen.queryByRole('link', { name: 'Відмітитися на занятті' });
    if (shown) expect(link).toHaveAttribute('href', '/sessions/90/check-in');
    else expect(link).not.toBeInTheDocument();
  });
});
