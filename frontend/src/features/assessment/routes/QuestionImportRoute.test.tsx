import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../../../testing/fake-xhr';
import type { MockResponse } from '../../../testing/fetch-mock';
import { renderApp } from '../../../testing/render-app';
// The app loads this screen lazily; importing it here keeps its compile time out of the first test.
import './QuestionImportRoute';
import { bank, problem } from './fixtures';

const preview = {
  id: 41,
  fileName: 'право.gift',
  format: 'gift',
  status: 'preview',
  questions: [
    { line: 3, position: 1, type: 'single_choice', category: ['Право', 'Бюджет'], name: 'Бюджетний кодекс' },
    { line: 8, position: 1, type: 'true_false', category: ['Право'], name: 'Кворум' },
  ],
  countsByType: { single_choice: 1, true_false: 1 },
  unsupported: [{ type: 'essay', name: 'Поясніть роль громади', line: 12, position: 1 }],
  problems: [{ line: 20, position: 5, code: 'gift_unclosed_answer', message: 'Немає закривної дужки «}».' }],
  created: null,
};

function importing(confirm: MockResponse) {
  return bank({
    'GET /api/question-imports/41': { body: preview },
    'POST /api/question-imports/41/confirm': confirm,
  });
}

describe('question import', { timeout: 30_000 }, () => {
  beforeEach(() => {
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('uploads the file into a category with its progress, previews what will and will not be imported, and imports on confirmation', async () => {
    const { calls } = importing({ body: { ...preview, status: 'confirmed', created: 2 } });
    const user = userEvent.setup({ applyAccept: false });
    const { router } = renderApp('/manage/programs/7/questions/import?category=2');

    expect(await screen.findByRole('heading', { level: 1, name: 'Імпорт питань' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Куди імпортувати/ })).toHaveValue('Право / Бюджет'));
    await user.upload(screen.getByTestId('question-file-input'), new File(['::Q:: Хто? {=Рада ~Голова}'], 'право.gift', { type: 'text/plain' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    const xhr = FakeXhr.last();
    expect(xhr.url).toBe('/api/programs/7/question-imports');
    expect(xhr.partNames()).toEqual(['file', 'categoryId']);
    expect(xhr.file()?.name).toBe('право.gift');
    expect((xhr.body as FormData).get('categoryId')).toBe('2');
    xhr.progress(40, 100);
    expect(await screen.findByText('Завантаження… 40%')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Поступ завантаження' })).toHaveAttribute('aria-valuenow', '40');
    xhr.progress(100, 100);
    expect(await screen.findByText('Читаємо файл…')).toBeInTheDocument();
    xhr.respond(201, preview);

    const section = await screen.findByRole('region', { name: 'Що знайдено у файлі право.gift' });
    expect(new URLSearchParams(router.state.location.search).get('import')).toBe('41');
    expect(within(section).getByText(/питання ще не збережено/)).toBeInTheDocument();
    expect(within(section).getByText('Формат GIFT · 2 питання для імпорту (Одна правильна відповідь: 1 · Правда чи неправда: 1)')).toBeInTheDocument();
    expect(within(section).getByText('не імпортується: есе «Поясніть роль громади» (рядок 12)')).toBeInTheDocument();
    expect(within(section).getByText('1 питання не буде імпортовано')).toBeInTheDocument();
    expect(within(section).getByText('1 помилка у файлі')).toBeInTheDocument();
    expect(within(section).getByText('Рядок 20: Немає закривної дужки «}».')).toBeInTheDocument();
    const rows = within(within(section).getByRole('table', { name: 'Питання, знайдені у файлі' })).getAllByTestId('import-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0] as HTMLElement).getByText('Право / Бюджет')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('Правда чи неправда')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.click(within(section).getByRole('button', { name: 'Імпортувати 2 питання' }));
    const done = await screen.findByRole('status', { name: 'Імпортовано 2 питання.' });
    expect(within(done).getByRole('link', { name: 'Перейти до банку питань' })).toHaveAttribute('href', '/manage/programs/7/questions');
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url.pathname)).toEqual(['/api/question-imports/41/confirm']);
  });

  it('keeps the preview on reload, says why a file was refused, and shows a second confirmation’s refusal', async () => {
    importing(problem(409, 'import_already_applied', 'Ці питання вже імпортовано.'));
    const user = userEvent.setup({ applyAccept: false });
    renderApp('/manage/programs/7/questions/import?import=41');

    const section = await screen.findByRole('region', { name: 'Що знайдено у файлі право.gift' });
    await user.click(within(section).getByRole('button', { name: 'Імпортувати 2 питання' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Ці питання вже імпортовано.');

    await user.upload(screen.getByTestId('question-file-input'), new File(['hello'], 'нотатки.txt', { type: 'text/plain' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    expect(FakeXhr.last().partNames()).toEqual(['file']);
    expect(screen.queryByRole('region', { name: /^Що знайдено/ })).not.toBeInTheDocument();
    FakeXhr.last().respond(400, {
      status: 400,
      code: 'validation_failed',
      detail: 'Перевірте файл.',
      errors: [{ field: 'file', code: 'question_file_not_recognized', message: 'Це не схоже на файл GIFT чи Moodle XML.' }],
    });
    expect(await screen.findByText('Це не схоже на файл GIFT чи Moodle XML.')).toBeInTheDocument();
  });
});
