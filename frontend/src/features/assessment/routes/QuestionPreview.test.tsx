import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
// The app loads this screen lazily; importing it here keeps its compile time out of the first test.
import './QuestionEditorRoute';
import { bank, question } from './fixtures';

const preview = () => screen.findByRole('region', { name: 'Попередній перегляд' });

describe('question preview', { timeout: 30_000 }, () => {
  it('lets the trainer answer the saved question as a learner and shows how the server marked it', async () => {
    const { calls } = bank({
      'GET /api/questions/51': { body: question({ text: '<p>Хто ухвалює <b>місцевий</b> бюджет?</p><img src="x" onerror="alert(1)">' }) },
      'POST /api/questions/51/check': ({ body }) =>
        (body as { answer: unknown }).answer === 0
          ? { body: { fraction: 1, state: 'correct', feedback: '<p>Так, рада.</p>' } }
          : { body: { fraction: -0.3333333, state: 'wrong', feedback: null } },
    });
    const user = userEvent.setup();
    renderApp('/manage/programs/7/questions/51');

    const region = await preview();
    expect(within(region).getByText('місцевий').tagName).toBe('B');
    // the HTML is cleaned once more before it is shown
    expect(region.querySelector('img')?.getAttribute('onerror')).toBeNull();
    await user.click(within(region).getByRole('radio', { name: 'Рада громади' }));
    await user.click(within(region).getByRole('button', { name: 'Перевірити' }));
    const result = await within(region).findByRole('status');
    expect(result).toHaveTextContent('Правильно · оцінка 100 %');
    expect(result).toHaveTextContent('Так, рада.');
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ answer: 0 });

    await user.click(within(region).getByRole('radio', { name: 'Голова громади' }));
    expect(within(region).queryByRole('status')).not.toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Перевірити' }));
    expect(await within(region).findByRole('status')).toHaveTextContent('Неправильно · оцінка -33,33333 %');
  });

  it('sends each type’s answer in its own terms', async () => {
    let current = question({ type: 'multiple_choice', choices: [
      { text: '<p>Рада</p>', fraction: 0.5, feedback: null },
      { text: '<p>Виконком</p>', fraction: 0.5, feedback: null },
      { text: '<p>Прокуратура</p>', fraction: -1, feedback: null },
    ] });
    const { calls } = bank({
      'GET /api/questions/51': () => ({ body: current }),
      'POST /api/questions/51/check': { body: { fraction: 0.5, state: 'partial', feedback: null } },
    });
    const checks = () => calls.filter((call) => call.method === 'POST').map((call) => call.body);
    const user = userEvent.setup();
    const { router, queryClient } = renderApp('/manage/programs/7/questions/51');

    let region = await preview();
    await user.click(within(region).getByRole('checkbox', { name: 'Рада' }));
    await user.click(within(region).getByRole('checkbox', { name: 'Прокуратура' }));
    await user.click(within(region).getByRole('button', { name: 'Перевірити' }));
    expect(await within(region).findByRole('status')).toHaveTextContent('Частково правильно · оцінка 50 %');
    expect(checks().at(-1)).toEqual({ answer: [0, 2] });

    const open = async (next: Record<string, unknown>) => {
      current = question({ ...next, choices: next.choices ?? [] });
      queryClient.clear();
      await router.navigate('/manage/programs/7/questions');
      await screen.findByRole('heading', { level: 1, name: /^Банк питань/ });
      await router.navigate('/manage/programs/7/questions/51');
      return preview();
    };

    region = await open({
      type: 'true_false',
      choices: [
        { text: 'true', fraction: 0, feedback: null },
        { text: 'false', fraction: 1, feedback: null },
      ],
    });
    await user.click(within(region).getByRole('radio', { name: 'Неправда' }));
    await user.click(within(region).getByRole('button', { name: 'Перевірити' }));
    await waitFor(() => expect(checks().at(-1)).toEqual({ answer: 1 }));

    region = await open({ type: 'numerical', numbers: [{ value: 3.5, tolerance: 0.1, fraction: 1, feedback: null }] });
    await user.type(within(region).getByRole('textbox', { name: 'Ваша відповідь' }), '3,5');
    await user.click(within(region).getByRole('button', { name: 'Перевірити' }));
    await waitFor(() => expect(checks().at(-1)).toEqual({ answer: '3,5' }));

    region = await open({
      type: 'matching',
      pairs: [
        { prompt: '<p>Столиця України</p>', answer: 'Київ' },
        { prompt: '<p>Обласний центр Полтавщини</p>', answer: 'Полтава' },
        { prompt: '', answer: 'Харків' },
      ],
    });
    const capital = within(region).getByRole('combobox', { name: 'Столиця України' });
    // answers in alphabetical order, the extra one among them
    expect(within(capital).getAllByRole('option').map((option) => option.textContent)).toEqual(['Оберіть…', 'Київ', 'Полтава', 'Харків']);
    await user.selectOptions(capital, 'Київ');
    await user.selectOptions(within(region).getByRole('combobox', { name: 'Обласний центр Полтавщини' }), 'Харків');
    await user.click(within(region).getByRole('button', { name: 'Перевірити' }));
    await waitFor(() => expect(checks().at(-1)).toEqual({ answer: { 0: 0, 1: 2 } }));
  });
});
