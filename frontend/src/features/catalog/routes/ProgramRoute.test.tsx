import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { adminMe, materials, program } from './fixtures';

const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };

describe('program page', () => {
  it('shows the program with modules in order, and a visitor the way to apply through sign-in or sign-up', async () => {
    mockFetch({ 'GET /api/me': anonymous, 'GET /api/programs/7': { body: program } });
    renderApp('/programs/7');

    expect(await screen.findByRole('heading', { level: 1, name: 'Цифрова трансформація громад' })).toBeInTheDocument();
    expect(screen.getByText('Школа публічного управління')).toBeInTheDocument();
    expect(screen.getByText('120 год · 4,0 ЄКТС')).toBeInTheDocument();

    const moduleTitles = screen.getAllByTestId('program-module').map((item) => within(item).getByRole('heading').textContent);
    expect(moduleTitles).toEqual([
      'Модуль 1. Основи цифрового врядування',
      'Модуль 2. Електронні послуги',
      'Модуль 3. Кібергігієна',
    ]);

    const next = encodeURIComponent('/programs/7/apply');
    expect(screen.getByRole('link', { name: 'Подати заявку' })).toHaveAttribute('href', `/login?next=${next}`);
    expect(screen.getByRole('link', { name: 'Зареєструйтеся' })).toHaveAttribute('href', `/signup?next=${next}`);

    // The description is plain text: markup shows as typed, nothing is interpreted.
    expect(screen.getByText(/<b>Другий<\/b> рядок\./)).toBeInTheDocument();
    expect(screen.getByText('Планувати цифрові послуги')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Фонд розвитку' })).toHaveAttribute('href', 'https://fund.example.org');
    expect(screen.queryByRole('link', { name: 'Редагувати' })).not.toBeInTheDocument();
  });

  it('shows program-wide materials in their own section and the rest under their modules', async () => {
    mockFetch({
      'GET /api/me': anonymous,
      'GET /api/programs/7': { body: program },
      'GET /api/programs/7/materials': { body: materials },
    });
    renderApp('/programs/7');

    const section = await screen.findByRole('region', { name: 'Матеріали' });
    const items = within(section).getAllByTestId('material-item');
    expect(items).toHaveLength(2);
    const schedule = within(items[0]!).getByRole('link', { name: 'Розклад програми' });
    expect(schedule).toHaveAttribute('href', '/api/materials/50/file');
    expect(schedule).not.toHaveAttribute('target');
    expect(within(items[0]!).getByText('PDF · 2,4 МБ · rozklad.pdf')).toBeInTheDocument();
    const chat = within(items[1]!).getByRole('link', { name: 'Чат учасників (відкриється в новій вкладці)' });
    expect(chat).toHaveAttribute('href', 'https://chat.example.org/civitas');
    expect(chat).toHaveAttribute('target', '_blank');
    expect(chat).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(items[1]!).getByText('chat.example.org')).toBeInTheDocument();
    // Visitors see no visibility marks: whatever they may not see is not sent at all.
    expect(within(section).queryByText('Для учасників')).not.toBeInTheDocument();

    const [first, second, third] = screen.getAllByTestId('program-module');
    expect(within(first!).getByRole('heading', { name: 'Матеріали модуля' })).toBeInTheDocument();
    expect(within(first!).getAllByTestId('material-item').map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Презентація: основи',
      'Закон про електронні документи ↗ (відкриється в новій вкладці)',
    ]);
    expect(within(first!).getByText('PPTX · 716,8 КБ · osnovy.pptx')).toBeInTheDocument();
    expect(within(second!).getByRole('link', { name: 'Інструкція до ЦНАП' })).toHaveAttribute('href', '/api/materials/54/file');
    expect(within(third!).queryByRole('heading', { name: 'Матеріали модуля' })).not.toBeInTheDocument();
  });

  it('shows no materials heading when there are none to show', async () => {
    mockFetch({
      'GET /api/me': anonymous,
      'GET /api/programs/7': { body: program },
      'GET /api/programs/7/materials': { body: [] },
    });
    renderApp('/programs/7');

    expect(await screen.findByRole('heading', { level: 1, name: 'Цифрова трансформація громад' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: 'Матеріали' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Матеріали модуля' })).not.toBeInTheDocument();
  });

  it('marks the participants-only materials for those who edit the program', async () => {
    mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/programs/7': { body: { ...program, canEdit: true } },
      'GET /api/programs/7/materials': { body: materials },
    });
    renderApp('/programs/7');

    const section = await screen.findByRole('region', { name: 'Матеріали' });
    const [schedule, chat] = within(section).getAllByTestId('material-item');
    expect(within(schedule!).queryByText('Для учасників')).not.toBeInTheDocument();
    expect(within(chat!).getByText('Для учасників')).toBeInTheDocument();
  });

  it('keeps the apply button disabled when enrollment is closed', async () => {
    mockFetch({ 'GET /api/me': anonymous, 'GET /api/programs/7': { body: { ...program, enrollmentOpen: false } } });
    renderApp('/programs/7');

    expect(await screen.findByRole('button', { name: 'Набір закрито' })).toBeDisabled();
    expect(screen.queryByRole('link', { name: 'Подати заявку' })).not.toBeInTheDocument();
  });

  it('offers the editor to those who may edit', async () => {
    mockFetch({ 'GET /api/me': { body: adminMe }, 'GET /api/programs/7': { body: { ...program, canEdit: true } } });
    renderApp('/programs/7');

    expect(await screen.findByRole('link', { name: 'Редагувати' })).toHaveAttribute('href', '/manage/programs/7');
  });

  it('shows a friendly page when the program is not there', async () => {
    mockFetch({ 'GET /api/me': anonymous, 'GET /api/programs/99': { status: 404, body: { status: 404, code: 'not_found' } } });
    renderApp('/programs/99');

    expect(await screen.findByRole('heading', { level: 1, name: 'Програму не знайдено' })).toBeInTheDocument();
  });

  it('marks Ukrainian program content with lang="uk" when the interface speaks English, and only then', async () => {
    mockFetch({ 'GET /api/me': anonymous, 'GET /api/programs/7': { body: program } });
    const { unmount } = renderApp('/programs/7');
    const title = await screen.findByRole('heading', { level: 1, name: 'Цифрова трансформація громад' });
    expect(title).not.toHaveAttribute('lang');
    unmount();

    await i18n.changeLanguage('en');
    renderApp('/programs/7');
    expect(await screen.findByRole('heading', { level: 1, name: 'Цифрова трансформація громад' })).toHaveAttribute('lang', 'uk');
    expect(screen.getByText(/Перший рядок опису/)).toHaveAttribute('lang', 'uk');
    expect(screen.getByText('Основи цифрового врядування')).toHaveAttribute('lang', 'uk');
    expect(screen.getByRole('heading', { level: 2, name: 'About the program' })).not.toHaveAttribute('lang');
  });
});
