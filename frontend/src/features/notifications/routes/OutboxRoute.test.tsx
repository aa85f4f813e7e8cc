import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
import type { OutboxMessage } from '../api/schemas';

const adminMe = {
  id: 1,
  email: 'admin@example.org',
  surname: 'Адміненко',
  givenName: 'Ганна',
  patronymic: null,
  fullName: 'Адміненко Ганна',
  roles: ['admin'],
  emailVerified: true,
};

const message = (id: number, overrides: Partial<OutboxMessage> = {}): OutboxMessage => ({
  id,
  messageId: `<${id}@civitas.local>`,
  kind: 'identity.verify_email',
  recipient: `person${id}@example.org`,
  language: 'uk',
  subject: 'Підтвердьте адресу електронної пошти',
  status: 'kept',
  attempts: 0,
  nextAttemptAt: '2026-03-01T09:00:00Z',
  lastError: null,
  createdAt: '2026-03-01T09:00:00Z',
  sentAt: null,
  unsubscribeUrl: null,
  bodyText: null,
  bodyHtml: null,
  ...overrides,
});

const page = (items: OutboxMessage[]) => ({ items, page: 0, size: 50, totalItems: items.length, totalPages: 1 });

describe('outbox', { timeout: 20_000 }, () => {
  beforeEach(() => {
    document.cookie = 'civitas_csrf=t; path=/';
  });

  it('says no mail server is configured, filters in the URL and opens a kept message with its link clickable', async () => {
    const { calls } = mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/admin/outbox': ({ url }) => ({
        body: url.searchParams.get('recipient') === 'olena' ? page([message(2, { recipient: 'olena@example.org' })]) : page([message(1), message(2)]),
      }),
      'GET /api/admin/outbox/2': {
        body: message(2, {
          recipient: 'olena@example.org',
          bodyText: 'Вітаємо!\n\nПідтвердіть адресу: http://localhost:8080/verify-email#tok-42.\n\nCivitas',
          bodyHtml: '<p>Вітаємо!</p>',
        }),
      },
      'POST /api/admin/outbox/2/retry': {
        status: 409,
        body: { status: 409, code: 'mail_not_configured', detail: 'Поштовий сервер не налаштовано: листи зберігаються тут і не надсилаються.' },
      },
    });
    const { router } = renderApp('/admin/outbox');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Пошта' })).toBeInTheDocument();
    expect(await screen.findByText('Поштовий сервер не налаштовано')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Головна навігація' })).toHaveTextContent('Пошта');
    expect(screen.getAllByTestId('outbox-row')).toHaveLength(2);

    await user.type(screen.getByRole('searchbox', { name: 'Одержувач' }), 'olena');
    await waitFor(() => expect(router.state.location.search).toBe('?recipient=olena'));
    await waitFor(() => expect(screen.getAllByTestId('outbox-row')).toHaveLength(1));
    expect(calls.some((call) => call.url.searchParams.get('recipient') === 'olena' && call.url.searchParams.get('page') === '0')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Відкрити лист «Підтвердьте адресу електронної пошти» для olena@example.org' }));
    const drawer = await screen.findByRole('dialog', { name: 'Підтвердьте адресу електронної пошти' });
    const link = await within(drawer).findByRole('link', { name: 'http://localhost:8080/verify-email#tok-42' });
    expect(link).toHaveAttribute('href', 'http://localhost:8080/verify-email#tok-42');
    expect(within(drawer).getByText('olena@example.org')).toBeInTheDocument();
    expect(within(drawer).getByText('Поштовий сервер не налаштовано, тому лист збережено тут і не надіслано.')).toBeInTheDocument();

    await user.click(within(drawer).getByRole('tab', { name: 'HTML' }));
    const frame = within(drawer).getByTitle('HTML-версія листа «Підтвердьте адресу електронної пошти»');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', '<p>Вітаємо!</p>');

    await user.click(within(drawer).getByRole('button', { name: 'Надіслати ще раз' }));
    expect(await within(drawer).findByText('Поштовий сервер не налаштовано: листи зберігаються тут і не надсилаються.')).toBeInTheDocument();
  });

  it('shows a failed message with the server answer and queues it again', async () => {
    let retried = false;
    mockFetch({
      'GET /api/me': { body: adminMe },
      'GET /api/admin/outbox': ({ url }) => ({
        body: url.searchParams.get('status') === 'failed' ? page(retried ? [] : [message(5, { status: 'failed' })]) : page([message(5, { status: 'failed' }), message(6, { status: 'sent' })]),
      }),
      'GET /api/admin/outbox/5': {
        body: message(5, { status: 'failed', attempts: 1, lastError: '550 5.1.1 mailbox unavailable', bodyText: 'Текст' }),
      },
      'POST /api/admin/outbox/5/retry': () => {
        retried = true;
        return { body: message(5, { status: 'queued', bodyText: 'Текст' }) };
      },
    });
    renderApp('/admin/outbox?status=failed');
    const user = userEvent.setup();

    await screen.findAllByTestId('outbox-row');
    expect(screen.queryByText('Поштовий сервер не налаштовано')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Відкрити лист/ }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('550 5.1.1 mailbox unavailable')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Надіслати ще раз' }));
    expect(await within(drawer).findByText('Лист знову в черзі.')).toBeInTheDocument();
    expect(within(drawer).getByText('у черзі')).toBeInTheDocument();
    expect(await screen.findByText('Листів немає. Змініть умови пошуку.')).toBeInTheDocument();
  });
});
