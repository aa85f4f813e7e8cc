import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, summary } from '../../features/catalog/routes/fixtures';
import { mockFetch } from '../../testing/fetch-mock';
import { renderApp } from '../../testing/render-app';

const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };

describe('home page', () => {
  it('shows the programs open for applications and links to the catalog', async () => {
    const closed = { ...summary, id: 8, title: 'Бюджетування громад', enrollmentOpen: false };
    mockFetch({ 'GET /api/me': anonymous, 'GET /api/programs': { body: page([closed, summary]) } });
    renderApp('/');

    const section = await screen.findByRole('region', { name: 'Відкритий набір' });
    const card = await within(section).findByRole('article', { name: summary.title });
    expect(within(card).getByRole('link', { name: summary.title })).toHaveAttribute('href', '/programs/7');
    expect(within(section).queryByText('Бюджетування громад')).not.toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Усі програми в каталозі' })).toHaveAttribute('href', '/programs');
    expect(screen.queryByText(/в розробці|незабаром/)).not.toBeInTheDocument();
  });

  it('says when no program takes applications, still pointing to the catalog', async () => {
    mockFetch({ 'GET /api/me': anonymous, 'GET /api/programs': { body: page([{ ...summary, enrollmentOpen: false }]) } });
    renderApp('/');

    expect(await screen.findByText(/Зараз набір на програми не відкрито/)).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Усі програми в каталозі' })).toBeInTheDocument();
  });
});
