import { expect, test, type Page } from '@playwright/test';
import { checkA11y, DESKTOP, fillLogin, PHONE, snap } from './support';

// scripts/e2e starts the platform with the demo content (db/demo/demo-content.sql), where Olena is admitted.
const DEMO_TITLE = 'Залучення громадянського суспільства до місцевого розвитку';
const LEARNER = { email: 'olena.kovalenko@demo.civitas', password: 'Demo-learner-2026' };

async function snapBoth(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await snap(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  await snap(page, `${name}-375`);
  await page.setViewportSize(DESKTOP);
}

/** An MP4-looking file: the `ftyp` box of an MP4, then a few hundred KB of anything. */
function fakeMp4(): Buffer {
  const head = Buffer.from([0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32]);
  const rest = Buffer.alloc(300 * 1024);
  for (let i = 0; i < rest.length; i++) rest[i] = (i * 31) % 251;
  return Buffer.concat([head, rest]);
}

/** A session of the demo program that is not cancelled, as the signed-in page sees it. */
async function demoSession(page: Page): Promise<{ id: number; title: string }> {
  const list = await page.request.get(`/api/programs?q=${encodeURIComponent(DEMO_TITLE)}`);
  expect(list.status(), await list.text()).toBe(200);
  const program = ((await list.json()) as { items: { id: number; title: string }[] }).items.find((item) => item.title === DEMO_TITLE);
  expect(program, 'the demo program').toBeTruthy();
  const sessions = (await (await page.request.get(`/api/programs/${program?.id}/sessions`)).json()) as { id: number; title: string; status: string }[];
  const session = sessions.find((item) => item.status !== 'cancelled');
  expect(session, 'a demo session').toBeTruthy();
  return session as { id: number; title: string };
}

test('the administrator uploads a recording to a demo session, the admitted learner plays it, the inventory lists it', async ({ browser }) => {
  const adminEmail = process.env.E2E_ADMIN_EMAIL;
  const adminPassword = process.env.E2E_ADMIN_PASSWORD;
  test.skip(!adminEmail || !adminPassword, 'set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');
  test.skip(process.env.E2E_DEMO_CONTENT !== 'true', 'the server was not started with the demo content');
  const fileName = `recording-e2e-${Date.now().toString(36)}.mp4`;

  // Own contexts: axe opens a helper page in the context to finish its run.
  const admin = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await admin.goto('/login');
  await fillLogin(admin, adminEmail as string, adminPassword as string);
  await expect(admin.getByRole('button', { name: /Меню облікового запису/ })).toBeVisible();
  const session = await demoSession(admin);

  await admin.goto(`/sessions/${session.id}`);
  const panel = admin.getByRole('region', { name: 'Завантажити запис' });
  await expect(panel).toBeVisible();
  await checkA11y(admin);
  await panel.locator('input[type="file"]').setInputFiles({ name: fileName, mimeType: 'video/mp4', buffer: fakeMp4() });
  await panel.getByRole('button', { name: 'Завантажити' }).click();
  await expect(panel.getByText(`Запис «${fileName}» завантажено.`)).toBeVisible({ timeout: 30_000 });

  const player = admin.getByLabel(`Запис «${fileName}»`, { exact: true });
  await expect(player).toBeVisible();
  const src = await player.getAttribute('src');
  expect(src).toMatch(/^\/api\/recordings\/\d+\/file$/);
  const whole = await admin.request.get(src as string);
  expect(whole.status()).toBe(200);
  const part = await admin.request.get(src as string, { headers: { Range: 'bytes=4-11' } });
  expect(part.status()).toBe(206);
  expect((await part.body()).toString('latin1')).toBe('ftypmp42');
  await checkA11y(admin);
  await snapBoth(admin, 'recordings-01-session-staff');

  // The inventory, from the admin navigation.
  await admin.getByRole('link', { name: 'Записи', exact: true }).first().click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Записи занять' })).toBeVisible();
  const row = admin.getByTestId('inventory-row').filter({ hasText: fileName });
  await expect(row).toBeVisible();
  await expect(row.getByRole('link', { name: session.title })).toHaveAttribute('href', `/sessions/${session.id}`);
  await expect(row.getByText(/0,3 МБ/)).toBeVisible();
  await checkA11y(admin);
  await snapBoth(admin, 'recordings-02-inventory');

  // The admitted learner sees the player and no upload.
  const learner = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await learner.goto('/login');
  await fillLogin(learner, LEARNER.email, LEARNER.password);
  await expect(learner.getByRole('button', { name: /Меню облікового запису/ })).toBeVisible();
  await learner.goto(`/sessions/${session.id}`);
  const video = learner.getByLabel(`Запис «${fileName}»`, { exact: true });
  await expect(video).toBeVisible();
  await expect(learner.getByRole('region', { name: 'Завантажити запис' })).toHaveCount(0);
  const played = await learner.request.get((await video.getAttribute('src')) as string, { headers: { Range: 'bytes=0-' } });
  expect([200, 206]).toContain(played.status());
  await checkA11y(learner);
  await snapBoth(learner, 'recordings-03-session-learner');

  // Staff remove it again, so other browser tests meet the demo session as it was.
  await admin.goto(`/sessions/${session.id}`);
  await admin.getByRole('button', { name: `Видалити запис «${fileName}»` }).click();
  await admin.getByRole('dialog', { name: 'Видалити запис?' }).getByRole('button', { name: 'Видалити запис' }).click();
  await expect(admin.getByLabel(`Запис «${fileName}»`, { exact: true })).toHaveCount(0);
});

test('a learner who missed the kick-off plays its demo recording, seeks in it and sees what was watched', async ({ browser }) => {
  test.skip(process.env.E2E_DEMO_CONTENT !== 'true', 'the server was not started with the demo content');
  // Mykola was at the kick-off in person (an imported report); the demo recording is a real H.264 video drawn at build time.
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await page.goto('/login');
  await fillLogin(page, 'mykola.savchenko@demo.civitas', LEARNER.password);
  await expect(page.getByRole('button', { name: /Меню облікового запису/ })).toBeVisible();
  const session = await demoSession(page);
  await page.goto(`/sessions/${session.id}`);
  const video = page.getByLabel('Запис «vstupnyi-vebinar.mp4»', { exact: true });
  await expect(video).toBeVisible();
  const seeked = await video.evaluate(
    (element) =>
      new Promise<{ duration: number; at: number; ready: number }>((resolve, reject) => {
        const player = element as HTMLVideoElement;
        const seek = () => {
          player.addEventListener('seeked', () => resolve({ duration: player.duration, at: player.currentTime, ready: player.readyState }), { once: true });
          player.currentTime = 7.5;
        };
        player.addEventListener('error', () => reject(new Error(`video error ${player.error?.code}`)), { once: true });
        if (player.readyState >= 1) seek();
        else player.addEventListener('loadedmetadata', seek, { once: true });
      }),
  );
  expect(seeked.duration).toBeCloseTo(12, 0);
  expect(seeked.at).toBeCloseTo(7.5, 1);
  expect(seeked.ready).toBeGreaterThanOrEqual(1);
  await expect(page.getByText(/Переглянуто \d+\s?% запису/).first()).toBeVisible();
  await checkA11y(page);
  await snapBoth(page, 'recordings-04-seek');
});
