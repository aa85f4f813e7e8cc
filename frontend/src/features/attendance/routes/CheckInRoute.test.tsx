import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch, type MockResponse } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
// The app loads this screen lazily; importing it here keeps its compile time out of the first test.
import './CheckInRoute';
import { anonymous, entry, learnerMe, problem, session } from './fixtures';

function learner(answer: MockResponse) {
  return mockFetch({
    'GET /api/me': { body: learnerMe },
    'GET /api/sessions/12': { body: session },
    'POST /api/sessions/12/check-in': answer,
  });
}

const digits = () => screen.getAllByRole('textbox').map((input) => (input as HTMLInputElement).value).join('');

describe('learner check-in', { timeout: 15_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });

  it('takes the code from the QR link and marks the learner present', async () => {
    const { calls } = learner({ body: entry({ status: 'present', source: 'self_check_in' }) });
    const user = userEvent.setup();
    renderApp('/sessions/12/check-in?code=482913');

    await screen.findByRole('heading', { level: 1, name: 'Відмітка присутності' });
    expect(await screen.findByText('Відкриті дані громади')).toBeInTheDocument();
    expect(digits()).toBe('482913');
    await user.click(screen.getByRole('button', { name: 'Відмітитися' }));

    const result = await screen.findByText('Вас відмічено як присутнього');
    expect(result.closest('[tabindex="-1"]')).toHaveFocus();
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({ code: '482913' });
    expect(post?.headers.get('X-CSRF-Token')).toBe('t');
    expect(screen.getByRole('link', { name: 'До сторінки заняття' })).toHaveAttribute('href', '/sessions/12');
  });

  it('says "late" when the server marked the learner late', async () => {
    learner({ body: entry({ status: 'late', source: 'self_check_in' }) });
    const user = userEvent.setup();
    renderApp('/sessions/12/check-in?code=482913');
    await user.click(await screen.findByRole('button', { name: 'Відмітитися' }));
    expect(await screen.findByText('Вас відмічено як того, хто запізнився')).toBeInTheDocument();
  });

  it('asks for all six digits before sending, and shows a wrong code under the input, cleared for the next try', async () => {
    const { calls } = learner(
      problem(400, 'validation_failed', 'Перевірте дані.', [
        { field: 'code', code: 'check_in_code_invalid', message: 'Код неправильний або застарів.' },
      ]),
    );
    const user = userEvent.setup();
    renderApp('/sessions/12/check-in');

    const first = await screen.findByRole('textbox', { name: 'Цифра 1 з 6' });
    await user.type(first, '123');
    await user.click(screen.getByRole('button', { name: 'Відмітитися' }));
    expect(await screen.findByText('Введіть усі шість цифр коду.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: 'Цифра 4 з 6' }), '456');
    await user.click(screen.getByRole('button', { name: 'Відмітитися' }));
    const error = await screen.findByText('Код неправильний або застарів.');
    expect(screen.getByRole('textbox', { name: 'Цифра 1 з 6' })).toHaveAttribute('aria-describedby', error.id);
    expect(screen.getByRole('textbox', { name: 'Цифра 1 з 6' })).toHaveAttribute('aria-invalid', 'true');
    expect(digits()).toBe('');
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ code: '123456' });
  });

  it.each([
    [409, 'check_in_not_open', 'Відмітка ще не відкрита.'],
    [409, 'check_in_closed', 'Відмітку завершено.'],
    [409, 'session_cancelled', 'Заняття скасовано.'],
    [403, 'not_a_participant', 'Ви не є учасником цієї програми.'],
    [403, 'not_registered', 'Спершу зареєструйтеся на заняття.'],
  ])('shows the refusal %s %s by the button', async (status, code, detail) => {
    learner(problem(status, code, detail));
    const user = userEvent.setup();
    renderApp('/sessions/12/check-in?code=482913');
    await user.click(await screen.findByRole('button', { name: 'Відмітитися' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Не вдалося відмітитися');
    expect(alert).toHaveTextContent(detail);
    // The code was right: it stays for another try.
    expect(digits()).toBe('482913');
  });

  it('says how long to wait after too many attempts', async () => {
    learner({ ...problem(429, 'too_many_attempts', 'Забагато спроб.'), headers: { 'Retry-After': '170' } });
    const user = userEvent.setup();
    renderApp('/sessions/12/check-in?code=482913');
    await user.click(await screen.findByRole('button', { name: 'Відмітитися' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Забагато спроб. Спробуйте знову за 3 хвилини.');
  });

  it('sends a signed-out person to sign in and back with the code', async () => {
    mockFetch({ 'GET /api/me': anonymous });
    const { router } = renderApp('/sessions/12/check-in?code=482913');
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/sessions/12/check-in?code=482913');
  });
});
