import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { program } from '../../features/catalog/routes/fixtures';
import { attendance, certificate, finalTest, progress } from '../../features/certification/testing';
import { learnerMe, myProgram } from '../../features/enrollment/routes/fixtures';
import { anonymous } from '../../features/schedule/routes/fixtures';
import { mockFetch } from '../../testing/fetch-mock';
import { renderApp } from '../../testing/render-app';

describe('certification in the app', { timeout: 30_000 }, () => {
  it('shows an admitted learner, on the program page, what is left and the certificate', async () => {
    mockFetch({
      'GET /api/me': { body: learnerMe },
      'GET /api/programs/7': { body: program },
      'GET /api/me/programs': { body: [myProgram({ status: 'admitted' })] },
      'GET /api/me/programs/7/progress': {
        body: progress({
          requirements: [
            attendance({ moduleId: 30, moduleTitle: 'Основи цифрового врядування', required: 2, done: 2, total: 3, met: true }),
            attendance({ moduleId: 32, moduleTitle: 'Кібергігієна', required: 3, done: 2, total: 4, met: false }),
            finalTest({ done: 40 }),
          ],
          certificate: certificate({ status: 'revoked', revokedAt: '2026-06-01T10:00:00Z', revocationReason: 'Помилка' }),
        }),
      },
    });
    renderApp('/programs/7');
    const card = await screen.findByRole('region', { name: 'Ваш поступ і сертифікат' });
    expect(await within(card).findByText('Модуль 3: ще 1 захід; підсумковий тест не складено')).toBeInTheDocument();
    const checklist = within(card).getByRole('list', { name: 'Вимоги для отримання сертифіката' });
    expect(within(checklist).getAllByRole('listitem').map((item) => item.textContent?.replace(/^[✓·]/, ''))).toEqual([
      'Виконано: Відвідування — Модуль 1 «Основи цифрового врядування»: 2 з 2 потрібних (усього заходів: 3)',
      'Не виконано: Відвідування — Модуль 3 «Кібергігієна»: 2 з 3 потрібних (усього заходів: 4)',
      'Не виконано: Тест «Підсумковий тест»: найкращий результат 40 %, потрібно 60 %',
    ]);
    const held = within(card).getByRole('article', { name: 'Сертифікат ПК-2026-000123' });
    expect(within(held).getByText('Відкликаний')).toBeInTheDocument();
    expect(within(held).getByText('Відкликано 1 червня 2026 р.: Помилка')).toBeInTheDocument();
    expect(within(held).getByRole('link', { name: 'Завантажити PDF сертифіката ПК-2026-000123' })).toHaveAttribute('href', '/api/certificates/900/pdf');
    expect(within(held).getByRole('button', { name: 'Посилання для перевірки' })).toBeInTheDocument();
    expect(within(held).getByRole('link', { name: 'Відкрити сторінку перевірки' })).toHaveAttribute('href', '/verify/abcDEF123');
  });

  it('shows no progress to someone not admitted', async () => {
    const { calls } = mockFetch({
      'GET /api/me': { body: learnerMe },
      'GET /api/programs/7': { body: program },
      'GET /api/me/programs': { body: [myProgram({ status: 'submitted' })] },
    });
    renderApp('/programs/7');
    await screen.findByRole('region', { name: 'Ваша заявка' });
    expect(screen.queryByRole('region', { name: 'Ваш поступ і сертифікат' })).not.toBeInTheDocument();
    expect(calls.some((call) => call.url.pathname.endsWith('/progress'))).toBe(false);
  });

  it('lists the learner’s certificates at /my-certificates, linked from the navigation', async () => {
    mockFetch({
      'GET /api/me': { body: learnerMe },
      'GET /api/me/certificates': {
        body: [certificate(), certificate({ id: 901, serial: 'ПК-2026-000099', status: 'replaced', replacedBy: 'abcDEF123', programTitle: 'Відкриті дані' })],
      },
    });
    renderApp('/my-certificates');
    expect(await screen.findByRole('heading', { level: 1, name: 'Мої сертифікати' })).toBeInTheDocument();
    const nav = screen.getAllByRole('navigation', { name: 'Головна навігація' })[0]!;
    expect(within(nav).getByRole('link', { name: 'Мої сертифікати' })).toHaveAttribute('href', '/my-certificates');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByText('Дійсний')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Замінений')).toBeInTheDocument();
    expect(within(cards[1]!).getByRole('link', { name: 'Його замінено новим сертифікатом' })).toHaveAttribute('href', '/verify/abcDEF123');
  });

  it('opens the verification page without signing in', async () => {
    mockFetch({
      'GET /api/me': anonymous,
      'GET /api/public/certificates/abcDEF123': { body: certificate({ userId: null, issueReason: null }) },
    });
    renderApp('/verify/abcDEF123');
    expect(await screen.findByRole('heading', { level: 1, name: 'Перевірка сертифіката' })).toBeInTheDocument();
    expect(await screen.findByText('Олена Петренко')).toBeInTheDocument();
    expect(within(screen.getByTestId('certificate-status')).getByText('Дійсний')).toBeInTheDocument();
  });
});
