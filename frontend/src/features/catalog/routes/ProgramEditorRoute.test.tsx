import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch, type RecordedRequest } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import type { Program } from '../api/schemas';
import { adminMe, page, program } from './fixtures';

const draft: Program = { ...program, status: 'draft', canEdit: true };
const base = {
  'GET /api/me': { body: adminMe },
  'GET /api/admin/users': { body: page([]) },
  'GET /api/programs/7/materials': { body: [] },
};

const put = (calls: RecordedRequest[], path: string) =>
  calls.filter((call) => call.method === 'PUT' && call.url.pathname === path);

describe('program editor', { timeout: 15_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });

  it('saves with the loaded version and shows server field errors under the inputs', async () => {
    const { calls } = mockFetch({
      ...base,
      'GET /api/programs/7': { body: draft },
      'PUT /api/programs/7': {
        status: 400,
        body: {
          status: 400,
          code: 'validation_failed',
          detail: 'Перевірте дані програми.',
          errors: [
            { field: 'provider', code: 'blank', message: 'Вкажіть організатора програми.' },
            { field: 'partners[0].url', code: 'url', message: 'Адреса сайту має починатися з https://.' },
          ],
        },
      },
    });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    const title = await screen.findByRole('textbox', { name: /Назва програми/ });
    await user.clear(title);
    await user.type(title, 'Цифрові громади');
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));

    expect(await screen.findByText('Вкажіть організатора програми.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Організатор/ })).toHaveAccessibleDescription(/Вкажіть організатора програми\./);
    expect(screen.getByRole('textbox', { name: /Партнер 1: вебсайт/ })).toHaveAccessibleDescription(
      'Адреса сайту має починатися з https://.',
    );
    const summary = screen.getByRole('alert', { name: 'Виправте 2 поля' });
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: /^Партнер 1: вебсайт/ }));
    expect(screen.getByRole('textbox', { name: /Партнер 1: вебсайт/ })).toHaveFocus();

    const [request] = put(calls, '/api/programs/7');
    expect(request?.body).toMatchObject({
      title: 'Цифрові громади',
      version: 3,
      hours: 120,
      capacity: 40,
      startsOn: '2026-03-01',
      // Shown as 09:00 Kyiv time in the input, sent back as the same instant.
      enrollmentOpensAt: '2026-01-10T07:00:00.000Z',
      partners: [{ name: 'Фонд розвитку', url: 'https://fund.example.org' }],
      learningOutcomes: ['Планувати цифрові послуги', 'Оцінювати ризики'],
    });
    // Day, month, year and a 24-hour clock, in Kyiv time.
    expect(screen.getByLabelText('Початок прийому заявок')).toHaveValue('10.01.2026 09:00');
    expect(screen.getByLabelText('Дата початку')).toHaveValue('01.03.2026');
  });

  it('switches recordings on as make-up at 80 % by default, checks the share and sends it', async () => {
    const { calls } = mockFetch({
      ...base,
      'GET /api/programs/7': { body: draft },
      'PUT /api/programs/7': ({ body }) => ({ body: { ...draft, ...(body as object), version: 4 } }),
    });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    const toggle = await screen.findByRole('switch', { name: /Зараховувати перегляд запису як відвідування пропущеного заняття/ });
    expect(toggle).not.toBeChecked();
    expect(screen.queryByRole('spinbutton', { name: /Скільки запису треба переглянути/ })).not.toBeInTheDocument();
    await user.click(toggle);
    const share = screen.getByRole('spinbutton', { name: /Скільки запису треба переглянути/ });
    expect(share).toHaveValue(80);

    await user.clear(share);
    await user.type(share, '120');
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    expect(await screen.findByText('Вкажіть ціле число від 1 до 100.')).toBeInTheDocument();
    expect(put(calls, '/api/programs/7')).toHaveLength(0);

    await user.clear(share);
    await user.type(share, '75');
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    expect(await screen.findByText('Програму збережено.')).toBeInTheDocument();
    expect(put(calls, '/api/programs/7')[0]?.body).toMatchObject({ recordingMakeUpPercent: 75 });
  });

  it('shows a program’s make-up share and sends null once it is switched off', async () => {
    const { calls } = mockFetch({
      ...base,
      'GET /api/programs/7': { body: { ...draft, recordingMakeUpPercent: 60 } },
      'PUT /api/programs/7': ({ body }) => ({ body: { ...draft, ...(body as object), version: 4 } }),
    });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    expect(await screen.findByRole('spinbutton', { name: /Скільки запису треба переглянути/ })).toHaveValue(60);
    await user.click(screen.getByRole('switch', { name: /Зараховувати перегляд запису/ }));
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    expect(await screen.findByText('Програму збережено.')).toBeInTheDocument();
    expect(put(calls, '/api/programs/7')[0]?.body).toMatchObject({ recordingMakeUpPercent: null });
  });

  it('explains a stale version and reloads the current one', async () => {
    let version = 3;
    const { calls } = mockFetch({
      ...base,
      'GET /api/programs/7': () => ({ body: { ...draft, version, title: version === 3 ? draft.title : 'Змінена назва' } }),
      'PUT /api/programs/7': ({ body }) =>
        (body as { version: number }).version === version
          ? { body: { ...draft, version: version + 1 } }
          : { status: 409, body: { status: 409, code: 'stale_version', detail: 'Програму змінено.' } },
    });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    await screen.findByRole('textbox', { name: /Назва програми/ });
    version = 4; // someone else saved meanwhile
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));

    const alert = await screen.findByRole('alert', { name: 'Програму щойно змінив хтось інший' });
    await user.click(within(alert).getByRole('button', { name: 'Завантажити актуальну версію' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Назва програми/ })).toHaveValue('Змінена назва'));
    expect(screen.queryByRole('alert', { name: 'Програму щойно змінив хтось інший' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    expect(await screen.findByText('Програму збережено.')).toBeInTheDocument();
    expect(put(calls, '/api/programs/7').map((call) => (call.body as { version: number }).version)).toEqual([3, 4]);
  });

  it('lists what is missing when publishing an incomplete program', async () => {
    mockFetch({
      ...base,
      'GET /api/programs/7': { body: { ...draft, startsOn: null, modules: [] } },
      'POST /api/programs/7/publish': {
        status: 409,
        body: {
          status: 409,
          code: 'program_incomplete',
          detail: 'Програму не можна опублікувати.',
          errors: [
            { field: 'startsOn', code: 'required', message: 'Вкажіть дату початку.' },
            { field: 'modules', code: 'required', message: 'Додайте щонайменше один модуль.' },
          ],
        },
      },
    });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Опублікувати' }));
    const alert = await screen.findByRole('alert', { name: 'Програму ще не можна опублікувати' });
    const items = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['Дата початку: Вкажіть дату початку.', 'Модулі: Додайте щонайменше один модуль.']);
  });

  it('saves with the new version after publishing from the editor', async () => {
    let current: Program = draft;
    const { calls } = mockFetch({
      ...base,
      'GET /api/programs/7': () => ({ body: current }),
      'POST /api/programs/7/publish': () => {
        current = { ...current, status: 'published', version: current.version + 1 };
        return { body: current };
      },
      'PUT /api/programs/7': () => ({ body: { ...current, version: current.version + 1 } }),
    });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Опублікувати' }));
    expect(await screen.findByRole('button', { name: 'Зняти з публікації' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    await waitFor(() => expect(put(calls, '/api/programs/7')).toHaveLength(1));
    expect(put(calls, '/api/programs/7').map((call) => (call.body as { version: number }).version)).toEqual([4]);
  });

  it('reorders modules with the move buttons and sends the new order', async () => {
    let current = draft.modules;
    const { calls } = mockFetch({
      ...base,
      'GET /api/programs/7': () => ({ body: { ...draft, modules: current } }),
      'PUT /api/programs/7/modules/order': ({ body }) => {
        current = (body as { moduleIds: number[] }).moduleIds.flatMap((id, position) => {
          const module = draft.modules.find((m) => m.id === id);
          return module ? [{ ...module, position }] : [];
        });
        return { body: current };
      },
    });
    renderApp('/manage/programs/7');
    const user = userEvent.setup();

    const rows = async () =>
      (await screen.findAllByRole('button', { name: /^Змінити модуль/ })).map((button) =>
        button.getAttribute('aria-label')?.replace(/^Змінити модуль «(.*)»$/, '$1'),
      );
    expect(await rows()).toEqual(['Основи цифрового врядування', 'Електронні послуги', 'Кібергігієна']);
    expect(screen.getByRole('button', { name: 'Перемістити вгору: Основи цифрового врядування' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Перемістити вниз: Основи цифрового врядування' }));
    await waitFor(() => expect(put(calls, '/api/programs/7/modules/order')).toHaveLength(1));
    expect(put(calls, '/api/programs/7/modules/order')[0]?.body).toEqual({ moduleIds: [31, 30, 32] });
    expect(await rows()).toEqual(['Електронні послуги', 'Основи цифрового врядування', 'Кібергігієна']);
  });

  it('shows a trainer the editor without admin-only sections', async () => {
    mockFetch({
      'GET /api/me': { body: { ...adminMe, roles: ['trainer'] } },
      'GET /api/programs/7': { body: draft },
      'GET /api/programs/7/materials': { body: [] },
    });
    renderApp('/manage/programs/7');

    expect(await screen.findByRole('textbox', { name: /Назва програми/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Опублікувати' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Тренери' })).not.toBeInTheDocument();
  });
});
