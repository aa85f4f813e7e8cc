import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch, type Handler, type RecordedRequest } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
// The app loads this screen lazily; importing it here keeps its compile time out of the first test.
import './ApplicationsRoute';
import { adminMe, application, managedProgram, page, questionnaire, trainerMe } from './fixtures';

const olena = {
  ...application,
  id: 31,
  status: 'submitted',
  answers: {
    experience: '5 років',
    motivation: 'Хочу запустити е-послуги',
    format: 'Наживо',
    topics: ['Бюджет', 'Кібергігієна'],
    laptop: true,
  },
};
const andrii = {
  ...application,
  id: 32,
  userId: 6,
  status: 'waitlisted',
  profile: {
    ...application.profile,
    surname: 'Мельник',
    givenName: 'Андрій',
    patronymic: null,
    email: 'andrii@example.org',
    region: 'Львівська область',
    organization: 'Жовківська районна державна адміністрація',
    position: 'Головний спеціаліст',
    category: 'Працівник місцевого органу виконавчої влади',
  },
};
const iryna = {
  ...application,
  id: 33,
  userId: 7,
  status: 'withdrawn',
  profile: { ...application.profile, surname: 'Бойко', givenName: 'Ірина' },
};
const admitted = { ...application, id: 30, userId: 8, status: 'admitted' };

/** The list answers the filter; `status=admitted` (the counter above the table) finds one. */
const list: Handler = ({ url }) =>
  url.searchParams.get('status') === 'admitted' ? { body: page([admitted], 1) } : { body: page([olena, andrii, iryna]) };

function manager(me: typeof adminMe, extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/me': { body: me },
    'GET /api/programs/7': { body: managedProgram },
    'GET /api/programs/7/questionnaire': { body: questionnaire },
    'GET /api/programs/7/applications': list,
    ...extra,
  });
}

const listCalls = (calls: RecordedRequest[]) =>
  calls.filter(
    (call) =>
      call.method === 'GET' &&
      call.url.pathname === '/api/programs/7/applications' &&
      call.url.searchParams.get('size') === '50',
  );

const decisions = (calls: RecordedRequest[]) =>
  calls.filter((call) => call.method === 'POST' && call.url.pathname === '/api/programs/7/applications/decisions');

// Whole-app renders with many Mantine inputs are slow in jsdom on a busy machine.
describe('applications of a program', { timeout: 15_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });

  it('shows the table and the admitted count, and puts the filters into the query and the URL', async () => {
    const { calls } = manager(adminMe);
    const user = userEvent.setup();
    const { router } = renderApp('/manage/programs/7/applications');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Заявки: Цифрова трансформація громад' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Зараховано 1 з 2 місць')).toBeInTheDocument();
    const rows = await screen.findAllByTestId('application-row');
    expect(rows).toHaveLength(3);
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('button', { name: 'Коваленко Олена Петрівна' })).toBeInTheDocument();
    expect(within(first).getByText('Решетилівська міська рада')).toBeInTheDocument();
    expect(within(first).getByText('Подано')).toBeInTheDocument();
    expect(within(second).getByText('У листі очікування')).toBeInTheDocument();
    expect(listCalls(calls)[0]?.url.searchParams.get('page')).toBe('0');

    await user.click(screen.getByRole('combobox', { name: 'Статус' }));
    // The dropdown is still in its opening transition in jsdom, hence `hidden`.
    await user.click(await screen.findByRole('option', { name: 'Подано', hidden: true }));
    await waitFor(() => expect(listCalls(calls).at(-1)?.url.searchParams.get('status')).toBe('submitted'));

    await user.type(screen.getByRole('searchbox', { name: 'Організація' }), 'Решет');
    await waitFor(() =>
      expect(listCalls(calls).at(-1)?.url.searchParams.get('organization')).toBe('Решет'),
    );
    expect(listCalls(calls).at(-1)?.url.searchParams.get('status')).toBe('submitted');
    expect(new URLSearchParams(router.state.location.search).get('organization')).toBe('Решет');
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('submitted');
  });

  it('admits the selected applications in bulk, then clears the selection', async () => {
    const { calls } = manager(adminMe, {
      'POST /api/programs/7/applications/decisions': { body: { changed: 2, admitted: 2, capacity: 40 } },
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/applications');

    await screen.findAllByTestId('application-row');
    // A withdrawn application cannot be decided on.
    expect(screen.getByRole('checkbox', { name: 'Вибрати заявку: Бойко Ірина Петрівна' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Вибрати заявку: Коваленко Олена Петрівна' }));
    await user.click(screen.getByRole('checkbox', { name: 'Вибрати заявку: Мельник Андрій' }));
    const bar = screen.getByRole('region', { name: 'Дії з вибраними заявками' });
    expect(within(bar).getByText('Вибрано: 2')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Зарахувати' }));

    await waitFor(() => expect(decisions(calls)).toHaveLength(1));
    expect(decisions(calls)[0]?.body).toEqual({ applicationIds: [31, 32], decision: 'admit' });
    expect(await screen.findByText('Рішення збережено. Змінено заявок: 2.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Дії з вибраними заявками' })).not.toBeInTheDocument());
    expect(screen.getByRole('checkbox', { name: 'Вибрати заявку: Коваленко Олена Петрівна' })).not.toBeChecked();
  });

  it('selects the whole page and rejects it with a message', async () => {
    const { calls } = manager(adminMe, {
      'POST /api/programs/7/applications/decisions': { body: { changed: 2, admitted: 1, capacity: 2 } },
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/applications');

    await user.click(await screen.findByRole('checkbox', { name: 'Вибрати всі заявки на цій сторінці' }));
    const bar = screen.getByRole('region', { name: 'Дії з вибраними заявками' });
    await user.click(within(bar).getByRole('button', { name: 'Відхилити' }));
    const dialog = await screen.findByRole('dialog', { name: 'Відхилити заявки (2)' });
    expect(decisions(calls)).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: /Повідомлення для учасників/ }), 'Цього разу місць не вистачило.');
    await user.click(within(dialog).getByRole('button', { name: 'Відхилити' }));

    await waitFor(() => expect(decisions(calls)).toHaveLength(1));
    expect(decisions(calls)[0]?.body).toEqual({
      applicationIds: [31, 32],
      decision: 'reject',
      message: 'Цього разу місць не вистачило.',
    });
  });

  it('says how many places are left when admissions would exceed the capacity', async () => {
    manager(adminMe, {
      'POST /api/programs/7/applications/decisions': {
        status: 409,
        body: {
          status: 409,
          code: 'capacity_exceeded',
          detail: 'Місць на програмі не вистачає для всіх вибраних заявок.',
          errors: [{ field: 'applicationIds', code: 'capacity_exceeded', message: 'Лишилося місць: 1.' }],
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/applications');

    await user.click(await screen.findByRole('checkbox', { name: 'Вибрати всі заявки на цій сторінці' }));
    await user.click(screen.getByRole('button', { name: 'Зарахувати' }));

    const alert = (await screen.findByText('Не вистачає місць')).closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the capacity message is not in an alert');
    expect(within(alert).getByText('Лишилося місць: 1.')).toBeInTheDocument();
    expect(within(alert).getByText(/Вибрано заявок: 2\./)).toBeInTheDocument();
    // Nothing changed, so the selection stays for another try.
    expect(screen.getByRole('checkbox', { name: 'Вибрати заявку: Коваленко Олена Петрівна' })).toBeChecked();
  });

  it('decides on one application from its drawer, which shows the profile and labelled answers', async () => {
    const { calls } = manager(adminMe, {
      'POST /api/programs/7/applications/decisions': { body: { changed: 1, admitted: 2, capacity: 2 } },
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/applications');

    await user.click(await screen.findByRole('button', { name: 'Коваленко Олена Петрівна' }));
    const drawer = await screen.findByRole('dialog', { name: 'Коваленко Олена Петрівна' });
    expect(within(drawer).getByText('olena@example.org')).toBeInTheDocument();
    expect(within(drawer).getByText('+380501234567')).toBeInTheDocument();
    // Each answer follows its question: yes/no in words, several options joined.
    expect(within(drawer).getByText('Чи маєте ви ноутбук?').nextElementSibling).toHaveTextContent('Так');
    expect(within(drawer).getByText('Теми, що цікавлять').nextElementSibling).toHaveTextContent('Бюджет, Кібергігієна');
    expect(within(drawer).getByText('Зручний формат').nextElementSibling).toHaveTextContent('Наживо');
    expect(within(drawer).getByText('Хочу запустити е-послуги')).toBeInTheDocument();

    await user.click(within(drawer).getByRole('button', { name: 'До листа очікування' }));
    await waitFor(() => expect(decisions(calls)).toHaveLength(1));
    expect(decisions(calls)[0]?.body).toEqual({ applicationIds: [31], decision: 'waitlist' });
    expect(await screen.findByText('Рішення збережено. Змінено заявок: 1.')).toBeInTheDocument();
  });

  it('shows trainers the applications without selection or decisions', async () => {
    const { calls } = manager(trainerMe);
    const user = userEvent.setup();
    renderApp('/manage/programs/7/applications');

    expect(await screen.findAllByTestId('application-row')).toHaveLength(3);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Зарахувати' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Мельник Андрій' }));
    const drawer = await screen.findByRole('dialog', { name: 'Мельник Андрій' });
    expect(within(drawer).getByText('Жовківська районна державна адміністрація')).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Зарахувати' })).not.toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Відхилити' })).not.toBeInTheDocument();
    expect(decisions(calls)).toHaveLength(0);
  });

  it('says so when there are no applications yet', async () => {
    manager(adminMe, { 'GET /api/programs/7/applications': { body: page([]) } });
    renderApp('/manage/programs/7/applications');
    expect(await screen.findByText('Заявок ще немає')).toBeInTheDocument();
    expect(screen.getByText('Зараховано 0 з 2 місць')).toBeInTheDocument();
  });

  it('keeps learners out', async () => {
    mockFetch({ 'GET /api/me': { body: { ...adminMe, roles: ['learner'] } } });
    renderApp('/manage/programs/7/applications');
    expect(await screen.findByText('Керувати програмами можуть лише адміністратори та тренери.')).toBeInTheDocument();
  });
});
