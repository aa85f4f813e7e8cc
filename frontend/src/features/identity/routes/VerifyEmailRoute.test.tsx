import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';

const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };
const olena = {
  id: 12,
  email: 'olena@example.org',
  surname: 'Коваленко',
  givenName: 'Олена',
  patronymic: null,
  fullName: 'Коваленко Олена',
  roles: ['learner'],
  passwordChangeRequired: false,
  language: 'uk',
};

describe('verify email', { timeout: 15_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('proves the address of a signed-in person, whose reminder then goes', async () => {
    window.history.replaceState(null, '', '/verify-email#tok-9');
    let verified = false;
    const { calls } = mockFetch({
      'GET /api/me': () => ({ body: { ...olena, emailVerified: verified } }),
      'POST /api/auth/verify-email': () => {
        verified = true;
        return { body: { ...olena, emailVerified: true } };
      },
    });
    renderApp('/verify-email#tok-9');

    expect(await screen.findByRole('heading', { level: 1, name: 'Адресу підтверджено' })).toBeInTheDocument();
    expect(screen.getByText('Дякуємо! Адресу olena@example.org підтверджено.')).toBeInTheDocument();
    expect(window.location.hash).toBe('');
    const uses = calls.filter((call) => call.url.pathname === '/api/auth/verify-email');
    expect(uses).toHaveLength(1);
    expect(uses[0]?.body).toEqual({ token: 'tok-9' });
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Мої програми' })).toHaveAttribute('href', '/my-programs');
    await waitFor(() => expect(screen.queryByText('Підтвердьте адресу електронної пошти')).not.toBeInTheDocument());
  });

  it('tells an anonymous visitor the address is proven and offers to sign in', async () => {
    mockFetch({
      'GET /api/me': anonymous,
      'POST /api/auth/verify-email': { body: { ...olena, emailVerified: true } },
    });
    renderApp('/verify-email#tok-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Адресу підтверджено' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Увійти' })).toHaveAttribute('href', '/login');
  });

  it('explains an expired link and sends a new one to a signed-in person', async () => {
    const { calls } = mockFetch({
      'GET /api/me': { body: { ...olena, emailVerified: false } },
      'POST /api/auth/verify-email': {
        status: 410,
        body: { status: 410, code: 'verification_link_expired', detail: 'Посилання застаріло. Попросіть нове.' },
      },
      'POST /api/auth/email-verification': { status: 202 },
    });
    renderApp('/verify-email#old');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Термін дії посилання минув' })).toBeInTheDocument();
    expect(screen.getByText('Посилання застаріло. Попросіть нове.')).toBeInTheDocument();
    // The layout's reminder stays off this page; the page has its own button.
    expect(screen.queryByText('Підтвердьте адресу електронної пошти')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Надіслати посилання ще раз' }));
    expect(await screen.findByText('Нове посилання надіслано на olena@example.org.')).toBeInTheDocument();
    expect(calls.filter((call) => call.url.pathname === '/api/auth/email-verification')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Надіслати посилання ще раз' })).toBeDisabled();
  });

  it('reminds a signed-in person who has not proved the address, anywhere, and says when it is already done', async () => {
    mockFetch({
      'GET /api/me': { body: { ...olena, emailVerified: false } },
      'GET /api/programs': { body: { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 } },
      'POST /api/auth/email-verification': {
        status: 409,
        body: { status: 409, code: 'email_already_verified', detail: 'Цю адресу вже підтверджено.' },
      },
    });
    renderApp('/programs');
    const user = userEvent.setup();

    const notice = await screen.findByText('Підтвердьте адресу електронної пошти');
    expect(screen.getByText(/Ми надіслали на olena@example.org лист із посиланням/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Надіслати посилання ще раз' }));
    expect(await screen.findByText('Вашу адресу вже підтверджено.')).toBeInTheDocument();
    expect(notice).toBeInTheDocument();
  });

  it('calls a link without a token invalid without asking the server', async () => {
    const { calls } = mockFetch({ 'GET /api/me': anonymous });
    renderApp('/verify-email');

    expect(await screen.findByRole('heading', { level: 1, name: 'Посилання недійсне' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Увійти й отримати нове посилання' })).toHaveAttribute('href', '/login');
    expect(calls.some((call) => call.url.pathname === '/api/auth/verify-email')).toBe(false);
  });
});
