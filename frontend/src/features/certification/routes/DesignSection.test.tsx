import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, type Handler } from '../../../testing/fetch-mock';
import { design, page, program, renderAt, rules } from '../testing';
import { CertificatesTab } from './CertificatesTab';

function serve(routes: Record<string, Handler> = {}) {
  document.cookie = 'civitas_csrf=t; path=/';
  return mockFetch({
    'GET /api/programs/7/progress': () => ({ body: page([]) }),
    'GET /api/programs/7/completion-rules': () => ({ body: rules() }),
    'GET /api/programs/7/certificate-design': () => ({ body: design() }),
    'POST /api/programs/7/certificate-design/preview.pdf': () => ({ body: {}, headers: { 'content-type': 'application/pdf' } }),
    ...routes,
  });
}

const open = () => renderAt('/tab', '/tab?section=design', <CertificatesTab program={program} viewer={{ isAdmin: true, isTrainer: false }} />);
const previews = (calls: { method: string; url: URL; body: unknown }[]) =>
  calls.filter((call) => call.method === 'POST' && call.url.pathname.endsWith('/preview.pdf'));

beforeEach(() => {
  let n = 0;
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => `blob:preview-${++n}`), revokeObjectURL: vi.fn() }));
});
afterEach(() => vi.restoreAllMocks());

describe('certificate design', { timeout: 30_000 }, () => {
  it('previews the draft beside the form, and says when a test key signs', async () => {
    const { calls } = serve({ 'GET /api/programs/7/certificate-design': () => ({ body: design({ signingKey: { testKey: true, subject: 'CN=Test', notAfter: null } }) }) });
    const user = userEvent.setup();
    open();
    expect(await screen.findByText('Сертифікати підписуються тестовим ключем — лише для випробувань (CN=Test).')).toBeInTheDocument();
    const frame = await screen.findByTitle('Попередній перегляд сертифіката');
    expect(frame).toHaveAttribute('src', 'blob:preview-1#view=FitH&navpanes=0');
    expect(previews(calls)[0]?.body).toMatchObject({ primaryColor: '#1F4E79', signatories: [{ name: 'Іван Коваль', position: 'Директор' }], version: 2 });

    await user.type(screen.getByRole('textbox', { name: /^Текст унизу/ }), 'Київ, 2026');
    await waitFor(() => expect(previews(calls).at(-1)?.body).toMatchObject({ footerText: 'Київ, 2026' }), { timeout: 4000 });
    await waitFor(() => expect(screen.getByTitle('Попередній перегляд сертифіката').getAttribute('src')).not.toBe('blob:preview-1'));
  });

  it('refuses a logo that is not PNG or JPEG, or too large, before sending it', async () => {
    serve();
    const user = userEvent.setup({ applyAccept: false });
    open();
    const input = await screen.findByTestId('provider-logo-input');
    await user.upload(input, new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }));
    expect(await screen.findByText('Підходять лише файли PNG або JPEG.')).toBeInTheDocument();
    await user.upload(input, new File([new Uint8Array(301 * 1024)], 'big.png', { type: 'image/png' }));
    expect(await screen.findByText('Файл більший за 300 КБ; зменште зображення.')).toBeInTheDocument();
  });

  it('saves logos, signatories, texts and validity with the version it read', async () => {
    const { calls } = serve({ 'PUT /api/programs/7/certificate-design': ({ body }) => ({ body: { ...design(), ...(body as object), version: 3 } }) });
    const user = userEvent.setup();
    open();
    const input = await screen.findByTestId('partner-logo-input');
    await user.upload(input, new File([new Uint8Array([137, 80, 78, 71])], 'Фонд.png', { type: 'image/png' }));
    expect(await screen.findByRole('textbox', { name: /^Назва партнера 1/ })).toHaveValue('Фонд');

    await user.click(screen.getByRole('button', { name: 'Додати підписанта' }));
    await user.type(screen.getByRole('textbox', { name: /^Ім’я підписанта 2/ }), 'Марія Шевчук');
    await user.click(screen.getByRole('button', { name: 'Зберегти дизайн' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Посада підписанта 2: Заповніть це поле.' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /^Посада підписанта 2/ }), 'Координаторка');
    await user.type(screen.getByRole('textbox', { name: /^Строк дії, місяців/ }), '24');
    await user.click(screen.getByRole('checkbox', { name: 'Показувати результати навчання' }));
    await user.click(screen.getByRole('button', { name: 'Зберегти дизайн' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      primaryColor: '#1F4E79',
      accentColor: '#C9A227',
      providerLogo: null,
      partnerLogos: [{ name: 'Фонд', image: 'data:image/png;base64,iVBORw==' }],
      signatories: [
        { name: 'Іван Коваль', position: 'Директор' },
        { name: 'Марія Шевчук', position: 'Координаторка' },
      ],
      introText: null,
      footerText: null,
      showOutcomes: false,
      validityMonths: 24,
      language: null,
      version: 2,
    });
    expect(await screen.findByText('Дизайн сертифіката збережено.')).toBeInTheDocument();
  });

  it('shows the server’s refusal of an image under the form', async () => {
    serve({
      'PUT /api/programs/7/certificate-design': () => ({
        status: 400,
        body: { status: 400, code: 'validation_failed', detail: 'Invalid', errors: [{ field: 'providerLogo', code: 'invalid_image', message: 'Зображення пошкоджене.' }] },
      }),
    });
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('button', { name: 'Зберегти дизайн' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Логотип надавача: Зображення пошкоджене.' })).toBeInTheDocument();
  });
});
