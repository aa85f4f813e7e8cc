import { expect, test, type Page } from '@playwright/test';
import { checkA11y, DESKTOP, fillLogin, PHONE, snap } from './support';

// scripts/e2e starts the platform with the demo content (db/demo/demo-content.sql), where Olena is admitted.
const DEMO_TITLE = 'Залучення громадянського суспільства до місцевого розвитку';
const LEARNER = { email: 'olena.kovalenko@demo.civitas', password: 'Demo-learner-2026', name: 'Коваленко Олена Миколаївна' };

async function snapBoth(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await snap(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  await snap(page, `${name}-375`);
  await page.setViewportSize(DESKTOP);
}

async function csrfToken(page: Page): Promise<string> {
  return (await page.context().cookies()).find((cookie) => cookie.name === 'civitas_csrf')?.value ?? '';
}

/** Creates a session of the demo program's first module that started five minutes ago, through the API as the signed-in page. */
async function startedSession(page: Page, title: string): Promise<number> {
  const list = await page.request.get(`/api/programs?scope=managed&q=${encodeURIComponent(DEMO_TITLE)}`);
  expect(list.status(), await list.text()).toBe(200);
  const programs = (await list.json()) as { items: { id: number; title: string }[] };
  const program = programs.items.find((item) => item.title === DEMO_TITLE);
  expect(program, 'the demo program').toBeTruthy();
  const details = (await (await page.request.get(`/api/programs/${program?.id}`)).json()) as { modules: { id: number; position: number }[] };
  const module = [...details.modules].sort((a, b) => a.position - b.position)[0];
  const now = Date.now();
  const response = await page.request.post(`/api/programs/${program?.id}/modules/${module?.id}/sessions`, {
    headers: { 'X-CSRF-Token': await csrfToken(page) },
    data: {
      title,
      description: '',
      speakers: [],
      startsAt: new Date(now - 5 * 60_000).toISOString(),
      endsAt: new Date(now + 60 * 60_000).toISOString(),
      timeZone: 'Europe/Kyiv',
      format: 'online',
      meetingUrl: 'https://meet.example.org/civitas-e2e-attendance',
      venue: null,
      address: null,
      room: null,
      capacity: null,
      registrationRequired: false,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: number }).id;
}

test('a trainer shows the check-in code, the admitted learner checks in with it, the register shows them present', async ({ browser }) => {
  const adminEmail = process.env.E2E_ADMIN_EMAIL;
  const adminPassword = process.env.E2E_ADMIN_PASSWORD;
  test.skip(!adminEmail || !adminPassword, 'set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');
  test.skip(process.env.E2E_DEMO_CONTENT !== 'true', 'the server was not started with the demo content');
  const title = `Вебінар відмітки e2e ${Date.now().toString(36)}`;

  // Own contexts: axe opens a helper page in the context to finish its run.
  const admin = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await admin.goto('/manage/programs');
  await fillLogin(admin, adminEmail as string, adminPassword as string);
  await expect(admin.getByRole('link', { name: DEMO_TITLE }).first()).toBeVisible();
  const sessionId = await startedSession(admin, title);

  // The check-in screen for the projector.
  await admin.goto(`/manage/sessions/${sessionId}/check-in`);
  await expect(admin.getByRole('heading', { level: 1, name: `Відмітка присутності: ${title}` })).toBeVisible();
  const screen = admin.getByTestId('check-in-screen');
  await expect(screen.getByRole('status')).toHaveText('Відмітка відкрита');
  await expect(screen.getByTestId('check-in-code')).toHaveText(/^\d{6}$/);
  await expect(screen.getByRole('img', { name: /^QR-код/ })).toBeVisible();
  await expect(screen.getByText(`/sessions/${sessionId}/check-in`, { exact: false })).toBeVisible();
  await checkA11y(admin);
  await snapBoth(admin, 'attendance-01-check-in-screen');

  // The learner opens the check-in page, signs in on the way, and types the code from the screen.
  const learner = await (await browser.newContext({ viewport: PHONE })).newPage();
  await learner.goto(`/sessions/${sessionId}/check-in`);
  await expect(learner).toHaveURL(/\/login\?next=/);
  await fillLogin(learner, LEARNER.email, LEARNER.password);
  await expect(learner.getByRole('heading', { level: 1, name: 'Відмітка присутності' })).toBeVisible();
  await expect(learner.getByText(title)).toBeVisible();
  await checkA11y(learner);
  const code = (await screen.getByTestId('check-in-code').textContent()) ?? '';
  await learner.getByRole('textbox', { name: 'Цифра 1 з 6' }).click();
  await learner.keyboard.type(code);
  await learner.getByRole('button', { name: 'Відмітитися' }).click();
  await expect(learner.getByText('Вас відмічено як присутнього')).toBeVisible();
  await checkA11y(learner);
  await snap(learner, 'attendance-02-checked-in-375');
  await learner.context().close();

  // The register shows them present, by self check-in.
  await admin.getByRole('link', { name: 'Журнал відвідуваності' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: `Журнал відвідуваності: ${title}` })).toBeVisible();
  const row = admin.getByTestId('register-row').filter({ hasText: LEARNER.name });
  await expect(row.getByText('Присутній')).toBeVisible();
  await expect(row.getByText('Самовідмітка')).toBeVisible();
  await checkA11y(admin);
  await snapBoth(admin, 'attendance-03-register');

  await admin.getByRole('button', { name: 'Історія змін' }).click();
  const history = admin.getByRole('dialog', { name: 'Історія змін журналу' });
  await expect(history.getByTestId('history-item').filter({ hasText: LEARNER.name })).toContainText('Не відмічено → Присутній');
  await checkA11y(admin);

  // The throw-away session ends here, so other tests of the demo program's schedule do not meet it live.
  const cancelled = await admin.request.post(`/api/sessions/${sessionId}/cancel`, {
    headers: { 'X-CSRF-Token': await csrfToken(admin) },
    data: { reason: 'Тестове заняття' },
  });
  expect(cancelled.status(), await cancelled.text()).toBe(200);
  await admin.context().close();
});
