import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import { page, summary } from './fixtures';

const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };

describe('public catalog', () => {
  it('shows published programs as cards', async () => {
    const { calls } = mockFetch({
      'GET /api/me': anonymous,
      'GET /api/programs': { body: page([summary, { ...summary, id: 8, title: 'Доброчесність', enrollmentOpen: false, programType: 'general', duration: 'short_term', hours: 45, ects: 1.5 }]) },
    });
    renderApp('/programs');

    expect(await screen.findByRole('heading', { level: 1, name: 'Каталог програм' })).toBeInTheDocument();
    const card = (await screen.findByRole('article', { name: 'Цифрова трансформація громад' })) as HTMLElement;
    const inCard = within(card);
    expect(inCard.getByRole('link', { name: 'Цифрова трансформація громад' })).toHaveAttribute('href', '/programs/7');
    expect(inCard.getByText('Школа публічного управління')).toBeInTheDocument();
    expect(inCard.getByText('Спеціальна')).toBeInTheDocument();
    expect(inCard.getByText('Довгострокова')).toBeInTheDocument();
    expect(inCard.getByText('120 год · 4,0 ЄКТС')).toBeInTheDocument();
    expect(inCard.getByText('Набір відкрито')).toBeInTheDocument();
    expect(inCard.getByText(/1 березня 2026/)).toBeInTheDocument();

    const other = within(screen.getByRole('article', { name: 'Доброчесність' }));
    expect(other.getByText('Набір закрито')).toBeInTheDocument();
    expect(other.getByText('45 год · 1,5 ЄКТС')).toBeInTheDocument();

    const list = calls.find((call) => call.url.pathname === '/api/programs');
    expect(list?.url.searchParams.get('scope')).toBeNull();
    expect(list?.url.searchParams.get('page')).toBe('0');
  });

  it('searches with a debounced query and says honestly when nothing matches', async () => {
    const { calls } = mockFetch({
      'GET /api/me': anonymous,
      'GET /api/programs': ({ url }) => ({ body: page(url.searchParams.get('q') ? [] : [summary]) }),
    });
    renderApp('/programs');
    const user = userEvent.setup();

    await screen.findByRole('article', { name: 'Цифрова трансформація громад' });
    await user.type(screen.getByRole('searchbox', { name: 'Пошук' }), 'астрономія');
    expect(await screen.findByText('За вашим запитом програм не знайдено.')).toBeInTheDocument();
    expect(calls.filter((call) => call.url.searchParams.has('q'))).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Скинути фільтри' }));
    expect(await screen.findByRole('article', { name: 'Цифрова трансформація громад' })).toBeInTheDocument();
  });

  it('has an empty state when nothing is published yet', async () => {
    mockFetch({ 'GET /api/me': anonymous, 'GET /api/programs': { body: page([]) } });
    renderApp('/programs');

    expect(await screen.findByText('Поки що немає опублікованих програм.')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('filters by type through the URL', async () => {
    const { calls } = mockFetch({ 'GET /api/me': anonymous, 'GET /api/programs': { body: page([summary]) } });
    const { router } = renderApp('/programs');
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Тип програми' }), 'general');
    await waitFor(() => expect(router.state.location.search).toBe('?programType=general'));
    await waitFor(() => expect(calls.some((call) => call.url.searchParams.get('programType') === 'general')).toBe(true));
  });
});
