import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { anonymous, application, applicationProfile, learnerMe, myProgram, questionnaire } from './fixtures';

const csrf = { status: 204, effect: () => (document.cookie = 'civitas_csrf=token') };

function signedIn(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/me': { body: learnerMe },
    'GET /api/auth/csrf': csrf,
    'GET /api/programs/7/questionnaire': { body: questionnaire },
    'GET /api/me/application-profile': { body: applicationProfile },
    'GET /api/me/programs': { body: [] },
    ...extra,
  });
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByRole('textbox', { name: /Чому ви хочете/ }), 'Хочу запустити е-послуги');
  await user.click(screen.getByRole('radio', { name: 'Наживо' }));
  await user.click(screen.getByRole('checkbox', { name: 'Цифрові послуги' }));
  await user.click(screen.getByRole('radio', { name: 'Так' }));
  await user.click(screen.getByRole('checkbox', { name: /погоджуюся на обробку/ }));
}

describe('application form', { timeout: 15_000 }, () => {
  it('sends anonymous visitors to sign in and back', async () => {
    mockFetch({ 'GET /api/me': anonymous });
    const { router } = renderApp('/programs/7/apply');
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/programs/7/apply')}`);
  });

  it('renders every kind of question, prefills the profile and sends the expected body', async () => {
    const { calls } = signedIn({ 'POST /api/programs/7/applications': { status: 201, body: application } });
    const user = userEvent.setup();
    const { router } = renderApp('/programs/7/apply');

    expect(await screen.findByRole('heading', { level: 1, name: 'Заявка на участь у програмі' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: /Стаж роботи/ })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: /Зручний формат/ })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: /ноутбук/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Теми, що цікавлять/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Прізвище/ })).toHaveValue('Коваленко');
    expect(screen.getByRole('textbox', { name: /Телефон/ })).toHaveValue('+380501234567');
    expect(screen.getByText(/лише для знеособленої статистики для донорів/)).toBeInTheDocument();

    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Подати заявку' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/my-programs'));
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({
      profile: {
        surname: 'Коваленко',
        givenName: 'Олена',
        patronymic: 'Петрівна',
        email: 'olena@example.org',
        phone: '+380501234567',
        region: 'Полтавська область',
        organization: 'Решетилівська міська рада',
        position: 'Спеціаліст',
        category: 'Посадова особа місцевого самоврядування',
        consent: true,
      },
      answers: {
        motivation: 'Хочу запустити е-послуги',
        format: 'Наживо',
        topics: ['Цифрові послуги'],
        laptop: true,
      },
    });
    expect(await screen.findByText('Заявку подано. Ми повідомимо вас про рішення.')).toBeInTheDocument();
  });

  it('asks for required answers and consent before sending', async () => {
    const { calls } = signedIn();
    const user = userEvent.setup();
    renderApp('/programs/7/apply');

    // Every field with an asterisk is required, and every required field has one.
    for (const name of [/^Область/, /^Категорія/]) {
      expect(await screen.findByRole('combobox', { name })).toBeRequired();
    }
    const consent = screen.getByRole('checkbox', { name: /погоджуюся на обробку/ });
    expect(consent).toBeRequired();
    expect(screen.getByText(/погоджуюся на обробку/).textContent).toMatch(/\*$/);

    await user.click(screen.getByRole('button', { name: 'Подати заявку' }));
    const summary = screen.getByRole('alert', { name: 'Виправте 4 поля' });
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent?.split(':')[0])).toEqual([
      'Чому ви хочете пройти програму?',
      'Зручний формат',
      'Чи маєте ви ноутбук?',
      'Я погоджуюся на обробку моїх персональних даних',
    ]);
    expect(consent).toHaveAttribute('aria-invalid', 'true');
    expect(consent).toHaveAccessibleDescription(/потрібна ваша згода/);
    for (const option of within(screen.getByRole('radiogroup', { name: /Зручний формат/ })).getAllByRole('radio')) {
      expect(option).toHaveAttribute('aria-invalid', 'true');
      expect(option).toHaveAccessibleDescription('Заповніть це поле.');
      expect(option).toBeRequired();
    }

    await user.click(within(summary).getByRole('link', { name: /^Зручний формат/ }));
    expect(screen.getByRole('radio', { name: 'Онлайн' })).toHaveFocus();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('shows a server field error under the phone input', async () => {
    signedIn({
      'POST /api/programs/7/applications': {
        status: 400,
        body: {
          status: 400,
          code: 'validation_failed',
          errors: [{ field: 'profile.phone', code: 'invalid', message: 'Вкажіть телефон у форматі +380XXXXXXXXX.' }],
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/programs/7/apply');

    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Подати заявку' }));

    const phone = screen.getByRole('textbox', { name: /Телефон/ });
    await waitFor(() => expect(phone).toHaveAccessibleDescription('Вкажіть телефон у форматі +380XXXXXXXXX.'));
    expect(phone).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains that the person has already applied', async () => {
    signedIn({
      'POST /api/programs/7/applications': {
        status: 409,
        body: { status: 409, code: 'already_applied', detail: 'Already applied' },
      },
    });
    const user = userEvent.setup();
    renderApp('/programs/7/apply');

    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Подати заявку' }));

    const message = await screen.findByText(/Ви вже подали заявку на цю програму/);
    const alert = message.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the message is not in an alert');
    expect(within(alert).getByText('Заявку не подано')).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Перейти до «Моїх програм»' })).toHaveAttribute('href', '/my-programs');
  });

  it('goes on to My programs after submitting, though the refreshed list now holds the new application', async () => {
    let submitted = false;
    signedIn({
      'POST /api/programs/7/applications': { status: 201, body: application, effect: () => (submitted = true) },
      'GET /api/me/programs': () => ({ body: submitted ? [myProgram()] : [] }),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/programs/7/apply');

    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Подати заявку' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/my-programs'));
  });

  it('shows someone who already applied their status instead of the form', async () => {
    signedIn({ 'GET /api/me/programs': { body: [myProgram({ status: 'waitlisted' })] } });
    renderApp('/programs/7/apply');

    const standing = await screen.findByRole('region', { name: 'Ваша заявка' });
    expect(within(standing).getByText('У листі очікування')).toBeInTheDocument();
    expect(within(standing).getByText(/лист[аи] очікування: якщо звільниться місце/)).toBeInTheDocument();
    expect(within(standing).getByRole('link', { name: 'Перейти до «Моїх програм»' })).toHaveAttribute('href', '/my-programs');
    expect(screen.queryByRole('button', { name: 'Подати заявку' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Прізвище/ })).not.toBeInTheDocument();
  });

  it('says a withdrawn application cannot be repeated when the program takes no second one', async () => {
    signedIn({ 'GET /api/me/programs': { body: [myProgram({ status: 'withdrawn' })] } });
    renderApp('/programs/7/apply');

    const standing = await screen.findByRole('region', { name: 'Ваша заявка' });
    expect(within(standing).getByText('Повторно подати заявку на цю програму не можна.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Подати заявку' })).not.toBeInTheDocument();
  });

  it('opens the form again after a withdrawal when the program allows reapplying', async () => {
    signedIn({
      'GET /api/me/programs': { body: [myProgram({ status: 'withdrawn' })] },
      'GET /api/programs/7/questionnaire': { body: { ...questionnaire, allowReapply: true } },
    });
    renderApp('/programs/7/apply');

    expect(await screen.findByRole('button', { name: 'Подати заявку' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Ваша заявка' })).not.toBeInTheDocument();
  });
});
