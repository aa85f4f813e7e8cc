import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, type Handler, type RecordedRequest } from '../../../testing/fetch-mock';
import { program, programReport, renderAt } from '../testing';
import { ProgramReportRoute } from './ProgramReportRoute';

function serve(routes: Record<string, Handler> = {}) {
  return mockFetch({
    'GET /api/programs/7/report': () => ({ body: programReport() }),
    ...routes,
  });
}
const open = (path = '/tab') => renderAt('/tab', path, <ProgramReportRoute program={program} />);
const reportCalls = (calls: RecordedRequest[]) => calls.filter((call) => call.url.pathname === '/api/programs/7/report');

/** Lets downloads "save" in jsdom, which has no object URLs; answers the anchor's clicks. */
function stubSaving() {
  const createObjectURL = vi.fn((_blob: Blob) => 'blob:report');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { createObjectURL, click };
}

afterEach(() => vi.restoreAllMocks());

describe('program report', { timeout: 30_000 }, () => {
  it('shows the funnel numbers and passes the filters in the URL to the request', async () => {
    const { calls } = serve();
    open('/tab?region=Полтавська+область&gender=female&from=2026-03-01&to=2026-04-30');

    expect(await screen.findByRole('heading', { level: 1, name: `Звіти: ${program.title}` })).toBeInTheDocument();
    const funnel = await screen.findByRole('list', { name: 'Шлях учасників' });
    const stages = within(funnel).getAllByRole('listitem').map((item) => item.textContent);
    expect(stages).toEqual([
      'Подали заявку240',
      'Зараховано180 (75 %)',
      'Відвідали хоча б одне заняття150 (62,5 %)',
      'Виконали вимоги щодо відвідування120 (50 %)',
      'Склали підсумковий тест97 (40,4 %)',
      'Отримали сертифікат93 (38,8 %)',
    ]);
    const request = reportCalls(calls)[0]!;
    expect(Object.fromEntries(request.url.searchParams)).toEqual({
      region: 'Полтавська область',
      gender: 'female',
      from: '2026-03-01',
      to: '2026-04-30',
    });
    // the selects show the URL's values
    expect(screen.getByRole('combobox', { name: 'Область' })).toHaveValue('Полтавська область');
    expect(screen.getByRole('combobox', { name: 'Стать' })).toHaveValue('Жінка');
  });

  it('shows attendance, tests, certificates and breakdowns with their numbers as tables', async () => {
    serve();
    open();
    const sessions = await screen.findByTestId('sessions-table');
    const [, first, second] = within(sessions).getAllByRole('row');
    expect(within(first!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '120', '10', '15', '5', '20', '10']);
    expect(within(second!).getByText('Скасовано')).toBeInTheDocument();
    expect(within(screen.getByTestId('modules-table')).getByRole('rowheader', { name: 'Електронні послуги' })).toBeInTheDocument();

    const quizzes = screen.getByTestId('quizzes-table');
    const finalRow = within(quizzes).getByRole('rowheader', { name: /Підсумковий тест/ }).closest('tr')!;
    expect(within(finalRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['70 %', '150', '110', '97', '88,2 %', '81,4 %']);
    expect(screen.getByRole('list', { name: 'Частка тих, хто склав' })).toHaveTextContent('ще немає результатів');
    // the distribution of the first test with results, also as a table for screen readers
    const distribution = screen.getByRole('table', { name: 'Розподіл балів у тесті «Підсумковий тест»' });
    expect(within(distribution).getByRole('row', { name: '90–100 % 37' })).toBeInTheDocument();

    expect(within(screen.getByTestId('certificates-revoked')).getByText('2')).toBeInTheDocument();
    const gender = screen.getByTestId('breakdown-gender');
    expect(within(gender).getByRole('rowheader', { name: 'Жінка' })).toBeInTheDocument();
    expect(within(gender).getByRole('rowheader', { name: 'Не вказано' })).toBeInTheDocument();
    expect(within(screen.getByTestId('breakdown-region')).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Полтавська область',
      'Київська область',
    ]);
  });

  it('leaves blank and repeated filter values out instead of failing on them', async () => {
    const base = programReport();
    serve({
      'GET /api/programs/7/report': () => ({
        body: programReport({ options: { ...base.options, categories: ['', 'ОМС', 'ОМС'], regions: [' ', 'Київська область'] } }),
      }),
    });
    open();
    // Mantine throws on a duplicate option value, and the empty one is "all": the page would fall over
    expect(await screen.findByRole('list', { name: 'Шлях учасників' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Категорія учасників' })).toHaveValue('Усі');
  });

  it('puts a changed filter in the URL and asks again', async () => {
    const { calls } = serve();
    const user = userEvent.setup();
    const { router } = open('/tab?from=2026-03-01');
    await screen.findByRole('list', { name: 'Шлях учасників' });

    await user.click(screen.getByRole('combobox', { name: 'Область' }));
    await user.click(await screen.findByRole('option', { name: 'Київська область', hidden: true }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('region')).toBe('Київська область'));
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe('2026-03-01');
    await waitFor(() => expect(reportCalls(calls).at(-1)?.url.searchParams.get('region')).toBe('Київська область'));
    expect(reportCalls(calls).at(-1)?.url.searchParams.get('from')).toBe('2026-03-01');

    await user.click(screen.getByRole('button', { name: 'Скинути фільтри' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect([...reportCalls(calls).at(-1)!.url.searchParams]).toEqual([]));
  });

  it('builds the files’ addresses with the current filters', async () => {
    const { calls } = serve({
      'GET /api/programs/7/report.csv': () => ({ body: 'csv', headers: { 'content-type': 'text/csv', 'Content-Disposition': 'attachment; filename="region.csv"' } }),
      'GET /api/programs/7/report.xlsx': () => ({ body: 'xlsx', headers: { 'content-type': 'application/octet-stream' } }),
      'GET /api/programs/7/donor-report.xlsx': () => ({ body: 'xlsx', headers: { 'content-type': 'application/octet-stream' } }),
    });
    const { click } = stubSaving();
    const user = userEvent.setup();
    open('/tab?region=Полтавська+область&category=Посадова+особа+місцевого+самоврядування&to=2026-04-30');
    await screen.findByRole('list', { name: 'Шлях учасників' });
    const files = () => calls.filter((call) => /report\.(csv|xlsx)$/.test(call.url.pathname));

    await user.click(screen.getByRole('button', { name: 'За областями (CSV)' }));
    expect(await screen.findByText('Файл збережено: region.csv (0,0 МБ).')).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Список учасників (XLSX)' }));
    await screen.findByText(/Файл збережено: report-7-participant\.xlsx/);
    await user.click(screen.getByRole('button', { name: 'Звіт для донора (XLSX)' }));
    await screen.findByText(/Файл збережено: donor-report-7\.xlsx/);

    const filters = 'region=%D0%9F%D0%BE%D0%BB%D1%82%D0%B0%D0%B2%D1%81%D1%8C%D0%BA%D0%B0+%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C';
    expect(files().map((call) => `${call.url.pathname}${call.url.search}`)).toEqual([
      `/api/programs/7/report.csv?breakdown=region&${filters}&category=${encodeURIComponent('Посадова особа місцевого самоврядування').replace(/%20/g, '+')}&to=2026-04-30`,
      `/api/programs/7/report.xlsx?breakdown=participant&${filters}&category=${encodeURIComponent('Посадова особа місцевого самоврядування').replace(/%20/g, '+')}&to=2026-04-30`,
      `/api/programs/7/donor-report.xlsx?${filters}&category=${encodeURIComponent('Посадова особа місцевого самоврядування').replace(/%20/g, '+')}&to=2026-04-30`,
    ]);
    // every breakdown has both formats
    for (const name of ['За областями', 'За організаціями', 'За категоріями учасників', 'За статтю', 'За заняттями', 'За тестами', 'Список учасників']) {
      expect(screen.getByRole('button', { name: `${name} (CSV)` })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: `${name} (XLSX)` })).toBeInTheDocument();
    }
  });

  it('shows the bytes received while a large file streams, and cancels it', async () => {
    const { fetchMock } = serve();
    const { click } = stubSaving();
    let push: (bytes: number) => void = () => {};
    let aborted = false;
    const original = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input, init) => {
      if (String(input).includes('/report.xlsx')) {
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            push = (bytes) => controller.enqueue(new Uint8Array(bytes));
            init?.signal?.addEventListener('abort', () => {
              aborted = true;
              controller.error(new DOMException('Aborted', 'AbortError'));
            });
          },
        });
        // streamed without a Content-Length, as the large reports are
        return new Response(stream, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
      }
      return original(input, init);
    });
    const user = userEvent.setup();
    open('/tab?gender=male');
    await screen.findByRole('list', { name: 'Шлях учасників' });

    await user.click(screen.getByRole('button', { name: 'Список учасників (XLSX)' }));
    const progress = await screen.findByTestId('download-progress');
    expect(within(progress).getByText('Завантаження: Список учасників (XLSX)')).toBeInTheDocument();
    expect(within(progress).getByRole('progressbar', { name: 'Хід завантаження' })).toBeInTheDocument();
    push(3 * 1024 * 1024);
    expect(await within(progress).findByText('Отримано 3,0 МБ')).toBeInTheDocument();
    push(1536 * 1024);
    expect(await within(progress).findByText('Отримано 4,5 МБ')).toBeInTheDocument();
    // other files wait for this one
    expect(screen.getByRole('button', { name: 'Звіт для донора (XLSX)' })).toBeDisabled();

    await user.click(within(progress).getByRole('button', { name: 'Скасувати завантаження' }));
    expect(await screen.findByText('Завантаження скасовано: Список учасників (XLSX).')).toBeInTheDocument();
    expect(aborted).toBe(true);
    expect(screen.queryByTestId('download-progress')).not.toBeInTheDocument();
    expect(click).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Звіт для донора (XLSX)' })).toBeEnabled();
  });

  it('shows the server’s problem when a file is refused', async () => {
    serve({
      'GET /api/programs/7/report.csv': () => ({ status: 403, body: { status: 403, code: 'forbidden', detail: 'Звіти цієї програми доступні лише її тренерам та адміністраторам.' } }),
    });
    stubSaving();
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('button', { name: 'За статтю (CSV)' }));
    expect(await screen.findByText('Звіти цієї програми доступні лише її тренерам та адміністраторам.')).toBeInTheDocument();
  });
});
