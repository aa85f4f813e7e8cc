import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
// The app loads this screen lazily; importing it here keeps its compile time out of the first test.
import './CheckInScreenRoute';
import { learnerMe, problem, session, trainerMe } from './fixtures';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><script>alert(1)</script><rect width="4" height="4"/></svg>';

const code = (overrides: Record<string, unknown> = {}) => ({
  sessionId: 12,
  code: '482913',
  validUntil: new Date(Date.now() + 42_000).toISOString(),
  checkInUrl: 'https://civitas.example/sessions/12/check-in?code=482913',
  qrSvg: SVG,
  opensAt: '2026-04-02T06:45:00Z',
  closesAt: '2026-04-02T08:30:00Z',
  open: true,
  ...overrides,
});

describe('check-in screen for the projector', { timeout: 15_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });

  it('shows the session, the six digits, the QR code as an image, the countdown and the address to type', async () => {
    mockFetch({
      'GET /api/me': { body: trainerMe },
      'GET /api/sessions/12': { body: session },
      'GET /api/sessions/12/check-in-code': { body: code() },
    });
    renderApp('/manage/sessions/12/check-in');

    const panel = await screen.findByTestId('check-in-screen');
    expect(within(panel).getByTestId('check-in-code')).toHaveTextContent('482913');
    expect(await screen.findByRole('heading', { level: 1, name: 'Відмітка присутності: Відкриті дані громади' })).toBeInTheDocument();
    expect(within(panel).getByRole('status')).toHaveTextContent('Відмітка відкрита');
    expect(within(panel).getByText(/^Новий код через 4[12] секунд[иу]?$/)).toBeInTheDocument();
    expect(within(panel).getByText('civitas.example/sessions/12/check-in')).toBeInTheDocument();

    // The server's SVG is only ever an image source: its markup never becomes part of the page.
    const qr = within(panel).getByRole('img', { name: /QR-код/ });
    expect(qr.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(SVG)}`);
    expect(document.querySelector('svg script')).toBeNull();
    expect(screen.getByRole('link', { name: 'Журнал відвідуваності' })).toHaveAttribute('href', '/manage/sessions/12/attendance');
  });

  it('fetches the next code when the current one rotates', async () => {
    let calls = 0;
    mockFetch({
      'GET /api/me': { body: trainerMe },
      'GET /api/sessions/12': { body: session },
      'GET /api/sessions/12/check-in-code': () => {
        calls += 1;
        return calls === 1
          ? { body: code({ validUntil: new Date(Date.now() + 500).toISOString() }) }
          : { body: code({ code: '105577' }) };
      },
    });
    renderApp('/manage/sessions/12/check-in');

    expect(await screen.findByTestId('check-in-code')).toHaveTextContent('482913');
    await waitFor(() => expect(screen.getByTestId('check-in-code')).toHaveTextContent('105577'), { timeout: 5000 });
  });

  it('says when check-in opens while its window has not begun', async () => {
    const opensAt = new Date(Date.now() + 3_600_000).toISOString();
    mockFetch({
      'GET /api/me': { body: trainerMe },
      'GET /api/sessions/12': { body: session },
      'GET /api/sessions/12/check-in-code': { body: code({ open: false, opensAt }) },
    });
    renderApp('/manage/sessions/12/check-in');
    const panel = await screen.findByTestId('check-in-screen');
    expect(within(panel).getByRole('status')).toHaveTextContent(/^Відмітка відкриється /);
  });

  it('tells a trainer of another program that the session is not theirs', async () => {
    mockFetch({
      'GET /api/me': { body: trainerMe },
      'GET /api/sessions/12': { body: session },
      'GET /api/sessions/12/check-in-code': problem(403, 'forbidden', 'Недостатньо прав.'),
    });
    renderApp('/manage/sessions/12/check-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Недостатньо прав' })).toBeInTheDocument();
    expect(screen.getByText('Відвідуваність цього заняття ведуть адміністратори й тренери його програми.')).toBeInTheDocument();
  });

  it('is not for learners', async () => {
    const { calls } = mockFetch({ 'GET /api/me': { body: learnerMe }, 'GET /api/sessions/12': { body: session } });
    renderApp('/manage/sessions/12/check-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Недостатньо прав' })).toBeInTheDocument();
    expect(calls.some((call) => call.url.pathname.endsWith('/check-in-code'))).toBe(false);
  });
});
