import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, type Handler } from '../../../testing/fetch-mock';
import { certificate, design, page, program, progress, renderAt, rules } from '../testing';
import type { CertificationViewer } from '../viewer';
import { CertificatesTab } from './CertificatesTab';

const admin: CertificationViewer = { isAdmin: true, isTrainer: false };
const trainer: CertificationViewer = { isAdmin: false, isTrainer: true };

function serve(routes: Record<string, Handler> = {}) {
  document.cookie = 'civitas_csrf=t; path=/';
  return mockFetch({
    'GET /api/programs/7/progress': () => ({
      body: page([
        progress(),
        progress({ userId: 42, learnerName: 'Іван Мельник', email: null, complete: true, requirements: [], certificate: certificate({ userId: 42, learnerName: 'Іван Мельник' }) }),
      ]),
    }),
    'GET /api/programs/7/completion-rules': () => ({ body: rules() }),
    'GET /api/programs/7/certificate-design': () => ({ body: design() }),
    'POST /api/programs/7/certificate-design/preview.pdf': () => ({ body: {} , headers: { 'content-type': 'application/pdf' } }),
    'GET /api/programs/7/certificates': () => ({ body: page([certificate({ userId: 42, learnerName: 'Іван Мельник' })]) }),
    ...routes,
  });
}

const open = (path = '/tab', viewer = admin) => renderAt('/tab', path, <CertificatesTab program={program} viewer={viewer} />);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('certificates tab', { timeout: 30_000 }, () => {
  it('shows each learner’s progress as a sentence, with the certificate’s status', async () => {
    serve();
    open();
    const rows = await screen.findAllByTestId('progress-row');
    expect(within(rows[0]!).getByText('Модуль 3: ще 1 захід; підсумковий тест не складено')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Немає')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('button', { name: 'Видати вручну сертифікат: Олена Петренко' })).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Усі вимоги виконано')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Дійсний')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link', { name: 'Завантажити PDF сертифіката: Іван Мельник' })).toHaveAttribute('href', '/api/certificates/900/pdf');
    expect(within(rows[1]!).queryByRole('button', { name: /Видати вручну сертифікат/ })).not.toBeInTheDocument();
  });

  it('shows a trainer the progress only, without actions or the other sections', async () => {
    serve();
    open('/tab', trainer);
    const rows = await screen.findAllByTestId('progress-row');
    expect(within(rows[0]!).getByText('Модуль 3: ще 1 захід; підсумковий тест не складено')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Видати|Відкликати/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Правила' })).not.toBeInTheDocument();
  });

  it('asks for a reason before revoking, then posts it', async () => {
    const { calls } = serve({
      'POST /api/certificates/900/revoke': () => ({ body: certificate({ status: 'revoked', revocationReason: 'Помилка в даних' }) }),
    });
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('button', { name: 'Відкликати сертифікат: Іван Мельник' }));
    const dialog = await screen.findByRole('dialog', { name: 'Відкликати сертифікат' });
    await user.click(within(dialog).getByRole('button', { name: 'Відкликати сертифікат' }));
    expect(within(dialog).getByText('Вкажіть причину.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
    await user.type(within(dialog).getByRole('textbox', { name: /Причина/ }), 'Помилка в даних');
    await user.click(within(dialog).getByRole('button', { name: 'Відкликати сертифікат' }));
    await waitFor(() => expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ reason: 'Помилка в даних' }));
    expect(calls.find((call) => call.method === 'POST')?.url.pathname).toBe('/api/certificates/900/revoke');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Сертифікат № ПК-2026-000123 (Іван Мельник) відкликано.')).toBeInTheDocument();
  });

  it('issues by hand with the learner and the reason, and shows a refusal in the dialog', async () => {
    let answer = 0;
    const { calls } = serve({
      'POST /api/programs/7/certificates': () =>
        answer++ === 0
          ? { status: 409, body: { status: 409, code: 'already_certified', detail: 'У слухача вже є дійсний сертифікат.' } }
          : { status: 201, body: certificate({ serial: 'ПК-2026-000124' }) },
    });
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('button', { name: 'Видати вручну сертифікат: Олена Петренко' }));
    const dialog = await screen.findByRole('dialog', { name: 'Видати сертифікат вручну' });
    await user.type(within(dialog).getByRole('textbox', { name: /Причина/ }), 'Хворіла, наказ №5');
    await user.click(within(dialog).getByRole('button', { name: 'Видати сертифікат' }));
    expect(await within(dialog).findByText('У слухача вже є дійсний сертифікат.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Видати сертифікат' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.body)).toEqual([
      { userId: 41, reason: 'Хворіла, наказ №5' },
      { userId: 41, reason: 'Хворіла, наказ №5' },
    ]);
  });

  it('reissues with a reason', async () => {
    const { calls } = serve({ 'POST /api/certificates/900/reissue': () => ({ status: 201, body: certificate({ id: 901, serial: 'ПК-2026-000125' }) }) });
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('button', { name: 'Перевидати сертифікат: Іван Мельник' }));
    const dialog = await screen.findByRole('dialog', { name: 'Перевидати сертифікат' });
    await user.type(within(dialog).getByRole('textbox', { name: /Причина/ }), 'Змінено прізвище');
    await user.click(within(dialog).getByRole('button', { name: 'Перевидати сертифікат' }));
    await waitFor(() => expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ reason: 'Змінено прізвище' }));
    expect(await screen.findByText('Видано новий сертифікат № ПК-2026-000125: Іван Мельник.')).toBeInTheDocument();
  });

  it('is busy while issuing in bulk, then tells the counts', async () => {
    let finish: () => void = () => {};
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const { fetchMock } = serve({ 'POST /api/programs/7/certificates/bulk': () => ({ body: { issued: 12, alreadyCertified: 3, notComplete: 5 } }) });
    const original = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input, init) => {
      if (String(input).endsWith('/certificates/bulk')) await gate;
      return original(input, init);
    });
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('button', { name: 'Видати сертифікати всім, хто завершив' }));
    expect(await screen.findByText('Видаємо сертифікати… Це може тривати кілька секунд.')).toBeInTheDocument();
    finish();
    expect(await screen.findByText('видано 12 сертифікатів · 3 слухачі вже мали сертифікат · 5 ще не завершили програму')).toBeInTheDocument();
  });

  it('downloads the ZIP with a real progress bar, then saves it', async () => {
    const { fetchMock } = serve();
    let push: (bytes: number) => void = () => {};
    let end: () => void = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (bytes) => controller.enqueue(new Uint8Array(bytes));
        end = () => controller.close();
      },
    });
    const original = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input, init) => {
      if (String(input).endsWith('/certificates.zip')) {
        return new Response(stream, {
          headers: { 'Content-Length': String(4 * 1024 * 1024), 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="certificates-7.zip"' },
        });
      }
      return original(input, init);
    });
    const createObjectURL = vi.fn(() => 'blob:zip');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    open('/tab?section=register');

    await user.click(await screen.findByRole('button', { name: 'Завантажити всі сертифікати (ZIP)' }));
    const bar = await screen.findByRole('progressbar', { name: 'Завантаження архіву сертифікатів' });
    push(1024 * 1024);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '25'));
    expect(screen.getByText('Отримано 1.0 з 4.0 МБ (25 %)')).toBeInTheDocument();
    push(3 * 1024 * 1024);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '100'));
    end();
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(createObjectURL).toHaveBeenCalledWith(expect.objectContaining({ size: 4 * 1024 * 1024 }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
  });

  it('links the registry as CSV and XLSX and lists the issued certificates', async () => {
    serve();
    open('/tab?section=register');
    expect(await screen.findByRole('link', { name: 'Завантажити CSV' })).toHaveAttribute('href', '/api/programs/7/certificate-registry.csv');
    expect(screen.getByRole('link', { name: 'Завантажити XLSX' })).toHaveAttribute('href', '/api/programs/7/certificate-registry.xlsx');
    const row = await screen.findByTestId('certificate-row');
    expect(within(row).getByRole('link', { name: 'ПК-2026-000123' })).toHaveAttribute('href', '/verify/abcDEF123');
  });

  it('saves the completion rules with the chosen tests and the version it read', async () => {
    const { calls } = serve({ 'PUT /api/programs/7/completion-rules': ({ body }) => ({ body: { ...(body as object), version: 4 } }) });
    const user = userEvent.setup();
    open('/tab?section=rules');
    await user.click(await screen.findByRole('radio', { name: 'Відвідування кожного модуля окремо' }));
    await user.click(screen.getByRole('radio', { name: 'відсотком заходів' }));
    const minimum = screen.getByRole('textbox', { name: /^Мінімум відвідування/ });
    await user.clear(minimum);
    await user.type(minimum, '150');
    await user.click(screen.getByRole('button', { name: 'Зберегти правила' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Мінімум відвідування: Ціле число від 1 до 100.' })).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

    await user.clear(minimum);
    await user.type(minimum, '80');
    await user.click(screen.getByRole('checkbox', { name: /Перегляд запису/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Модуль 2: «Тест модуля 2» (прохідний бал 70 %)' }));
    await user.click(screen.getByRole('switch', { name: /Треба скласти підсумковий тест/ }));
    await user.type(screen.getByRole('textbox', { name: /^Прохідний бал підсумкового тесту/ }), '75');
    await user.click(screen.getByRole('button', { name: 'Зберегти правила' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      attendanceScope: 'per_module',
      attendanceMeasure: 'percent',
      attendanceMinimum: 80,
      recordingCounts: true,
      requiredQuizIds: [52],
      finalTestRequired: true,
      finalTestPassPercent: 75,
      version: 3,
    });
    expect(await screen.findByText('Правила завершення збережено.')).toBeInTheDocument();
  });

  it('offers the current rules when a save is refused as stale', async () => {
    let version = 3;
    serve({
      'GET /api/programs/7/completion-rules': () => ({ body: rules({ version, attendanceMinimum: version === 3 ? 4 : 5 }) }),
      'PUT /api/programs/7/completion-rules': () => {
        version = 5;
        return { status: 409, body: { status: 409, code: 'stale_version', detail: 'Змінено іншим користувачем.' } };
      },
    });
    const user = userEvent.setup();
    open('/tab?section=rules');
    await user.click(await screen.findByRole('checkbox', { name: /Перегляд запису/ }));
    await user.click(screen.getByRole('button', { name: 'Зберегти правила' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Хтось щойно змінив правила завершення')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Завантажити актуальну версію' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Мінімум відвідування/ })).toHaveValue('5'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
