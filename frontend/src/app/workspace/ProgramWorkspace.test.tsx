import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, managedProgram, questionnaire, trainerMe } from '../../features/enrollment/routes/fixtures';
import { mockFetch } from '../../testing/fetch-mock';
import { renderApp } from '../../testing/render-app';

const TITLE = managedProgram.title;

function workspace(me: unknown) {
  return mockFetch({
    'GET /api/me': { body: me },
    'GET /api/programs/7': { body: managedProgram },
    'GET /api/programs/7/questionnaire': { body: questionnaire },
    'GET /api/programs/7/applications': { body: { items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 } },
  });
}

const tabs = () => screen.findByRole('navigation', { name: 'Розділи програми' });

// Whole-app renders of management screens are slow in jsdom on a busy machine.
describe('program workspace', { timeout: 20_000 }, () => {
  it('puts the tab in the URL, marks it current and titles the page after it', async () => {
    workspace(adminMe);
    const user = userEvent.setup();
    const { router } = renderApp('/manage/programs/7/questionnaire');

    const nav = await tabs();
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Огляд і редагування', '/manage/programs/7'],
      ['Заняття', '/manage/programs/7/sessions'],
      ['Заявки', '/manage/programs/7/applications'],
      ['Анкета', '/manage/programs/7/questionnaire'],
      ['Питання', '/manage/programs/7/questions'],
      ['Тести', '/manage/programs/7/tests'],
      ['Сертифікати', '/manage/programs/7/certificates'],
      ['Звіти', '/manage/programs/7/reports'],
      ['Імпорт учасників', '/manage/programs/7/participant-imports'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Анкета' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 1, name: `Анкета: ${TITLE}` })).toBeInTheDocument();
    expect(document.title).toBe(`Анкета: ${TITLE} · Civitas`);

    await user.click(within(nav).getByRole('link', { name: 'Заявки' }));
    expect(router.state.location.pathname).toBe('/manage/programs/7/applications');
    expect(await screen.findByRole('heading', { level: 1, name: `Заявки: ${TITLE}` })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`Заявки: ${TITLE} · Civitas`));
    expect(within(await tabs()).getByRole('link', { name: 'Заявки' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens the overview at the program editor’s old address', async () => {
    workspace(adminMe);
    renderApp('/manage/programs/7');
    expect(within(await tabs()).getByRole('link', { name: 'Огляд і редагування' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    expect(document.title).toBe(`${TITLE} · Civitas`);
  });

  it('shows a trainer only the tabs for them, and refuses the import', async () => {
    workspace(trainerMe);
    renderApp('/manage/programs/7/participant-imports');
    const nav = await tabs();
    expect(within(nav).queryByRole('link', { name: 'Імпорт учасників' })).not.toBeInTheDocument();
    expect(within(nav).getAllByRole('link')).toHaveLength(8);
    expect(await screen.findByText('403')).toBeInTheDocument();
  });
});
