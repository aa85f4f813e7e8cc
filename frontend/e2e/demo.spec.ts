import { expect, test } from '@playwright/test';
import { checkA11y, snap } from './support';

// scripts/e2e starts the platform on an empty database with CIVITAS_DEMO_CONTENT=true, as make run does.
const DEMO_TITLE = 'Залучення громадянського суспільства до місцевого розвитку';

test('a newcomer sees the demo program with its four modules', async ({ page }) => {
  test.skip(process.env.E2E_DEMO_CONTENT !== 'true', 'the server was not started with the demo content');

  await page.goto('/programs');
  await checkA11y(page);
  await page.getByRole('link', { name: DEMO_TITLE }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
  for (const module of ['Модуль 1. Правові засади участі громадськості', 'Модуль 4. Оцінювання та звітність']) {
    await expect(page.getByText(module)).toBeVisible();
  }
  await expect(page.getByText('Фонд розвитку громад (демо)')).toBeVisible();
  await checkA11y(page);
  await snap(page, '30-demo-program');
});
