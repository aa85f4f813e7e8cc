import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { program } from '../../features/catalog/routes/fixtures';
import { learnerMe, myProgram } from '../../features/enrollment/routes/fixtures';
import { anonymous, session } from '../../features/schedule/routes/fixtures';
import { mockFetch } from '../../testing/fetch-mock';
import { renderApp } from '../../testing/render-app';

/** The program page composed with enrollment: what a signed-in learner sees about applying. */
function learnerWith(mine: unknown[], overrides: Partial<typeof program> = {}) {
  mockFetch({
    'GET /api/me': { body: learnerMe },
    'GET /api/programs/7': { body: { ...program, ...overrides } },
    'GET /api/me/programs': { body: mine },
  });
  renderApp('/programs/7');
}

describe('program page for a signed-in learner', () => {
  it('offers the application form to someone who has not applied', async () => {
    learnerWith([myProgram({ programId: 8 })]);
    expect(await screen.findByRole('link', { name: 'Подати заявку' })).toHaveAttribute('href', '/programs/7/apply');
    expect(screen.queryByRole('region', { name: 'Ваша заявка' })).not.toBeInTheDocument();
  });

  it('shows an applicant their status and the way to My programs instead of the apply button', async () => {
    learnerWith([myProgram({ status: 'submitted' })]);
    const standing = await screen.findByRole('region', { name: 'Ваша заявка' });
    expect(within(standing).getByText('Подано')).toBeInTheDocument();
    expect(within(standing).getByText('Заявку подано. Ми повідомимо вас про рішення.')).toBeInTheDocument();
    expect(within(standing).getByRole('link', { name: 'Перейти до «Моїх програм»' })).toHaveAttribute('href', '/my-programs');
    expect(screen.queryByRole('link', { name: 'Подати заявку' })).not.toBeInTheDocument();
  });

  it('tells an admitted participant so, even after enrollment closed', async () => {
    learnerWith([myProgram({ status: 'admitted' })], { enrollmentOpen: false });
    const standing = await screen.findByRole('region', { name: 'Ваша заявка' });
    expect(within(standing).getByText('Зараховано')).toBeInTheDocument();
    expect(within(standing).getByText('Вас зараховано на програму.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Набір закрито' })).not.toBeInTheDocument();
  });

  it('lets someone who withdrew apply again while enrollment is open', async () => {
    learnerWith([myProgram({ status: 'withdrawn' })]);
    const standing = await screen.findByRole('region', { name: 'Ваша заявка' });
    expect(within(standing).getByText('Ви відкликали заявку.')).toBeInTheDocument();
    expect(within(standing).getByRole('link', { name: 'Подати заявку знову' })).toHaveAttribute('href', '/programs/7/apply');
  });
});

describe('program page with the schedule', () => {
  it('lists the upcoming sessions briefly, each linking to its page, and leaves out past and cancelled ones', async () => {
    mockFetch({
      'GET /api/me': anonymous,
      'GET /api/programs/7': { body: program },
      'GET /api/programs/7/sessions': {
        body: [
          session({ id: 80, title: 'Минулий вебінар', startsAt: '2020-02-03T10:00:00+02:00', endsAt: '2020-02-03T11:00:00+02:00' }),
          session({ id: 90, startsAt: '2099-03-10T10:00:00+02:00', endsAt: '2099-03-10T11:30:00+02:00' }),
          session({ id: 91, title: 'Скасований вебінар', startsAt: '2099-03-11T10:00:00+02:00', endsAt: '2099-03-11T11:00:00+02:00', status: 'cancelled' }),
          session({ id: 92, title: 'Круглий стіл', format: 'in_person', venue: 'Будинок громадськості', startsAt: '2099-04-01T09:00:00+03:00', endsAt: '2099-04-01T13:00:00+03:00' }),
        ],
      },
    });
    renderApp('/programs/7');

    const list = await screen.findByRole('list', { name: 'Найближчі заняття' });
    expect(within(list).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Вступ до електронного врядування', '/sessions/90'],
      ['Круглий стіл', '/sessions/92'],
    ]);
    expect(within(list).getByText('10 березня 2099 р., 10:00–11:30 (Київ) · Онлайн')).toBeInTheDocument();
    expect(within(list).getByText('1 квітня 2099 р., 09:00–13:00 (Київ) · Будинок громадськості')).toBeInTheDocument();
  });
});
