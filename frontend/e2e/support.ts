import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const ARTIFACTS_DIR = 'e2e-artifacts';
mkdirSync(ARTIFACTS_DIR, { recursive: true });

export async function snap(page: Page, name: string) {
  await page.screenshot({ path: `${ARTIFACTS_DIR}/${name}.png`, fullPage: true });
}

/** The widths every page is checked at: a desktop and a small phone. */
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 375, height: 812 };

/**
 * Runs axe-core (WCAG 2.1 A and AA) on the page as it is now, at the desktop and the phone width,
 * and fails the test (softly, so one run lists every page's problems) on any serious or critical
 * violation, or when the page scrolls sideways on the phone. `exclude` leaves out third-party
 * widgets we do not render ourselves. The page is back at its own size afterwards.
 */
export async function checkA11y(page: Page, { exclude = [] }: { exclude?: string[] } = {}) {
  const own = page.viewportSize() ?? DESKTOP;
  try {
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      // let requests finish (lists fade while they refetch) and media queries settle
      await page.waitForLoadState('networkidle');
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
      for (const selector of exclude) axe = axe.exclude(selector);
      const { violations } = await axe.analyze();
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          rule: `${violation.id} (${violation.impact}): ${violation.help}`,
          nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} :: ${node.failureSummary ?? ''}`),
        }));
      expect.soft(serious, `axe at ${size.width} px on ${new URL(page.url()).pathname}`).toEqual([]);
      if (size === PHONE) {
        const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
        expect.soft(widths.page, `sideways scrolling at ${size.width} px on ${new URL(page.url()).pathname}`).toBeLessThanOrEqual(widths.window);
      }
    }
  } finally {
    await page.setViewportSize(own);
  }
}

export interface Person {
  email: string;
  password: string;
  surname: string;
  givenName: string;
  patronymic: string;
}

/** A fresh person per run, so tests can run against a database that already has data. */
export function uniquePerson(tag: string): Person {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    email: `e2e-${tag}-${stamp}@example.org`,
    password: `Kalyna-${stamp}-vesna`,
    surname: 'Петренко',
    givenName: 'Оксана',
    patronymic: 'Іванівна',
  };
}

async function csrfCookie(request: APIRequestContext): Promise<string> {
  const find = async () =>
    (await request.storageState()).cookies.find((cookie) => cookie.name === 'civitas_csrf')?.value;
  let token = await find();
  if (!token) {
    const response = await request.get('/api/auth/csrf');
    expect(response.status()).toBe(204);
    token = await find();
  }
  expect(token, 'the server sets the civitas_csrf cookie').toBeTruthy();
  return token as string;
}

/** Signs a person up through the API, with the same CSRF dance as the browser client. */
export async function signUpViaApi(request: APIRequestContext, person: Person) {
  const response = await request.post('/api/auth/signup', {
    headers: { 'X-CSRF-Token': await csrfCookie(request), 'Accept-Language': 'uk' },
    data: person,
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: number; fullName: string };
}

export async function fillLogin(page: Page, email: string, password: string) {
  await page.getByRole('textbox', { name: /^Електронна пошта/ }).fill(email);
  await page.getByLabel(/^Пароль/).fill(password);
  await page.getByRole('button', { name: 'Увійти', exact: true }).last().click();
}

/** Fills the application form's profile part (the questionnaire's own questions are the caller's) and consents. */
export async function fillApplicationProfile(page: Page, profile: { phone: string; region: string; organization: string; position: string }) {
  await page.getByRole('textbox', { name: /^Телефон/ }).fill(profile.phone);
  await page.getByLabel(/^Область/).first().click();
  await page.getByRole('option', { name: profile.region }).click();
  await page.getByRole('textbox', { name: /^Організація/ }).fill(profile.organization);
  await page.getByRole('textbox', { name: /^Посада/ }).fill(profile.position);
  await page.getByLabel(/^Категорія учасника/).first().click();
  await page.getByRole('option', { name: 'Посадова особа місцевого самоврядування' }).click();
  await page.getByRole('checkbox', { name: 'Я погоджуюся на обробку моїх персональних даних' }).check();
}

/** Answers the demo program's own questions (db/demo/demo-content.sql). */
export async function answerDemoQuestions(page: Page) {
  await page.getByRole('textbox', { name: /^Чому ви хочете пройти цю програму/ }).fill('Готуємо громадський бюджет громади.');
  await page.getByRole('radio', { name: 'Менше року' }).check();
  await page.getByRole('checkbox', { name: 'Місцеві петиції' }).check();
}
