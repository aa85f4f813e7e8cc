import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { adminMe, program } from './fixtures';

const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };

describe('program page', () => {
  it('shows the program with modules in order and a link to apply', async () => {
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

    expect(screen.getByRole('link', { name: 'Подати заявку' })).toHaveAttribute('href', '/programs/7/apply');

    // The description is plain text: markup shows as typed, nothing is interpreted.
    expect(screen.getByText(/<b>Другий<\/b> рядок\./)).toBeInTheDocument();
    expect(screen.getByText('Планувати цифрові послуги')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Фонд розвитку' })).toHaveAttribute('href', 'https://fund.example.org');
    expect(screen.queryByRole('link', { name: 'Редагувати' })).not.toBeInTheDocument();
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
});
