import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checkA11y, DESKTOP, fillLogin, PHONE, snap } from './support';

// scripts/e2e starts the platform with the demo content: the demo program has sixteen admitted people from four oblasts
// besides Olena, the kick-off's register, tests with attempts and certificates (db/demo/demo-content.sql).
const DEMO_TITLE = 'Залучення громадянського суспільства до місцевого розвитку';

async function adminPage(browser: import('@playwright/test').Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: DESKTOP, acceptDownloads: true })).newPage();
  await page.goto('/login');
  await fillLogin(page, process.env.E2E_ADMIN_EMAIL as string, process.env.E2E_ADMIN_PASSWORD as string);
  await expect(page.getByRole('button', { name: /Меню облікового запису/ })).toBeVisible();
  return page;
}

async function demoProgramId(page: Page): Promise<number> {
  const programs = (await (await page.request.get('/api/programs?scope=managed&size=100')).json()) as {
    items: { id: number; title: string }[];
  };
  const demo = programs.items.find((program) => program.title === DEMO_TITLE);
  expect(demo, 'the demo program').toBeTruthy();
  return demo!.id;
}

/** The numbers of the funnel's steps, in order. */
async function funnel(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Шлях учасників' });
  await expect(list).toBeVisible();
  return list.getByRole('listitem').allTextContents();
}

test('the administrator reads the demo program, filters by region and downloads the donor report', async ({ browser }) => {
  const page = await adminPage(browser);
  const id = await demoProgramId(page);
  // other browser tests add people to the demo program: the screen must show what the server counts now
  const counted = async (query = '') =>
    ((await (await page.request.get(`/api/programs/${id}/report${query}`)).json()) as { funnel: { admitted: number } }).funnel.admitted;
  const admitted = await counted();
  expect(admitted).toBeGreaterThanOrEqual(17); // Olena and the sixteen admitted beside her, at least
  await page.goto(`/manage/programs/${id}/reports`);
  const before = await funnel(page);
  expect(before.join(' ')).toContain(`Зараховано${admitted}`);
  await expect(page.getByRole('heading', { name: 'Відвідування' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Результати тестів' })).toBeVisible();
  await checkA11y(page);
  await snap(page, 'reports-dashboard-1280');

  const region = page.getByRole('combobox', { name: 'Область' });
  await region.click();
  await page.getByRole('option', { name: 'Львівська область' }).click();
  await expect(page).toHaveURL(/region=/);
  await expect.poll(async () => (await funnel(page)).join('|')).not.toBe(before.join('|'));
  const lviv = await funnel(page);
  const admittedInLviv = await counted(`?region=${encodeURIComponent('Львівська область')}`);
  expect(admittedInLviv).toBeGreaterThanOrEqual(4); // four of the cohort are from Lviv oblast
  expect(lviv.join(' ')).toContain(`Зараховано${admittedInLviv}`);
  await snap(page, 'reports-dashboard-lviv-1280');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Звіт для донора (XLSX)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an XLSX is a ZIP

  await page.setViewportSize(PHONE);
  await page.reload();
  await funnel(page);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  expect(sideways, 'the dashboard does not scroll sideways on a phone').toBe(false);
  await snap(page, 'reports-dashboard-375');
});

test('the administrator reads the figures across programs with hours delivered and participants by oblast', async ({ browser }) => {
  const page = await adminPage(browser);
  await page.goto('/admin/reports');
  await expect(page.getByRole('heading', { name: 'Звіти за програмами' })).toBeVisible();
  await expect(page.getByRole('cell', { name: DEMO_TITLE }).or(page.getByRole('rowheader', { name: DEMO_TITLE }))).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Учасники за областями' })).toBeVisible();
  await checkA11y(page);
  await snap(page, 'reports-programs-1280');
});
