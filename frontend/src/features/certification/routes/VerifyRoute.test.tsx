import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, type Handler } from '../../../testing/fetch-mock';
import { certificate, renderAt } from '../testing';
import { VerifyRoute } from './VerifyRoute';

const publicCertificate = (overrides: Parameters<typeof certificate>[0] = {}) => {
  const { userId: _userId, issueReason: _issueReason, ...rest } = certificate(overrides);
  return rest;
};

function serve(routes: Record<string, Handler> = {}) {
  document.cookie = 'civitas_csrf=t; path=/';
  return mockFetch({ 'GET /api/public/certificates/abcDEF123': () => ({ body: publicCertificate() }), ...routes });
}

const open = (path: string) => renderAt('/verify/:code?', path, <VerifyRoute />);

describe('public verification page', { timeout: 30_000 }, () => {
  it('shows a valid certificate with every field', async () => {
    serve();
    open('/verify/abcDEF123');
    const status = await screen.findByTestId('certificate-status');
    expect(within(status).getByText('Дійсний')).toBeInTheDocument();
    expect(screen.getByText('Олена Петренко')).toBeInTheDocument();
    expect(screen.getByText('ПК-2026-000123')).toBeInTheDocument();
    expect(screen.getByText('Цифрове врядування')).toBeInTheDocument();
    expect(screen.getByText('Спеціальна програма, короткострокова')).toBeInTheDocument();
    expect(screen.getByText('45 годин · кредитів ЄКТС: 1,5')).toBeInTheDocument();
    expect(screen.getByText('з 1 лютого 2026 р. до 30 квітня 2026 р.')).toBeInTheDocument();
    expect(screen.getByText('Академія врядування')).toBeInTheDocument();
    expect(screen.getByText('2 травня 2026 р.')).toBeInTheDocument();
    expect(screen.getByText('Безстроковий')).toBeInTheDocument();
    expect(screen.getByText('Публікує відкриті дані')).toBeInTheDocument();
    expect(screen.getByText('Іван Коваль, Директор')).toBeInTheDocument();
    expect(document.title).toBe('Перевірка сертифіката · Civitas');
  });

  it('shows a revoked certificate with the date and the reason', async () => {
    serve({
      'GET /api/public/certificates/abcDEF123': () => ({
        body: publicCertificate({ status: 'revoked', revokedAt: '2026-06-01T10:00:00Z', revocationReason: 'Помилка в прізвищі' }),
      }),
    });
    open('/verify/abcDEF123');
    const status = await screen.findByTestId('certificate-status');
    expect(within(status).getByText('Відкликаний')).toBeInTheDocument();
    expect(within(status).getByText('Дата відкликання: 1 червня 2026 р.')).toBeInTheDocument();
    expect(within(status).getByText('Причина: Помилка в прізвищі')).toBeInTheDocument();
  });

  it('shows an expired certificate with its end', async () => {
    serve({ 'GET /api/public/certificates/abcDEF123': () => ({ body: publicCertificate({ status: 'expired', expiresAt: '2026-05-02T09:00:00Z' }) }) });
    open('/verify/abcDEF123');
    const status = await screen.findByTestId('certificate-status');
    expect(within(status).getByText('Термін дії минув')).toBeInTheDocument();
    expect(within(status).getByText('Був дійсний до 2 травня 2026 р.')).toBeInTheDocument();
  });

  it('links a replaced certificate to the one that replaced it', async () => {
    serve({
      'GET /api/public/certificates/abcDEF123': () => ({ body: publicCertificate({ status: 'replaced', replacedBy: 'newCODE456' }) }),
      'GET /api/public/certificates/newCODE456': () => ({ body: publicCertificate({ verificationCode: 'newCODE456', serial: 'ПК-2026-000200', replaces: 'abcDEF123' }) }),
    });
    const user = userEvent.setup();
    const { router } = open('/verify/abcDEF123');
    const status = await screen.findByTestId('certificate-status');
    expect(within(status).getByText('Замінений')).toBeInTheDocument();
    await user.click(within(status).getByRole('link', { name: 'Перейти до чинного сертифіката' }));
    expect(router.state.location.pathname).toBe('/verify/newCODE456');
    expect(await screen.findByText('ПК-2026-000200')).toBeInTheDocument();
    expect(within(screen.getByTestId('certificate-status')).getByText('Дійсний')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Код перевірки' })).toHaveValue('newCODE456');
  });

  it('says when no certificate has the code, and when lookups are throttled', async () => {
    serve({
      'GET /api/public/certificates/nope': () => ({ status: 404, body: { status: 404, code: 'certificate_not_found', detail: 'Not found' } }),
      'GET /api/public/certificates/busy': () => ({ status: 429, headers: { 'Retry-After': '60' }, body: { status: 429, code: 'too_many_requests' } }),
    });
    const user = userEvent.setup();
    const { router } = open('/verify');
    expect(screen.getByText('Введіть код перевірки з сертифіката або відскануйте його QR-код.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Код перевірки' }), ' nope ');
    await user.click(screen.getByRole('button', { name: 'Перевірити' }));
    expect(router.state.location.pathname).toBe('/verify/nope');
    expect(await screen.findByText('Сертифікат не знайдено')).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: 'Код перевірки' }));
    await user.type(screen.getByRole('textbox', { name: 'Код перевірки' }), 'busy');
    await user.click(screen.getByRole('button', { name: 'Перевірити' }));
    expect(await screen.findByText('Забагато перевірок поспіль. Спробуйте ще раз за хвилину.')).toBeInTheDocument();
  });

  it('checks a PDF file and says whether it is genuine', async () => {
    let genuine = true;
    const { calls } = serve({
      'POST /api/public/certificate-checks': () => ({ body: genuine ? { genuine: true, certificate: publicCertificate() } : { genuine: false, certificate: null } }),
    });
    const user = userEvent.setup();
    open('/verify');
    const section = screen.getByRole('region', { name: 'Перевірити PDF-файл' });
    const input = section.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['%PDF-1.7'], 'certificate.pdf', { type: 'application/pdf' });
    await user.upload(input, file);
    expect(await within(section).findByText('Це справжній, незмінений сертифікат № ПК-2026-000123.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Переглянути його статус' })).toHaveAttribute('href', '/verify/abcDEF123');
    const sent = calls.find((call) => call.method === 'POST');
    expect(sent?.url.pathname).toBe('/api/public/certificate-checks');

    genuine = false;
    await user.upload(input, new File(['%PDF-1.7 changed'], 'edited.pdf', { type: 'application/pdf' }));
    expect(await within(section).findByText('Цей файл не було видано тут або його змінено.')).toBeInTheDocument();
    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(2));
  });
});
