import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const ARTIFACTS_DIR = 'e2e-artifacts';
mkdirSync(ARTIFACTS_DIR, { recursive: true });

export async function snap(page: Page, name: string) {
  await page.screenshot({ path: `${ARTIFACTS_DIR}/${name}.png`, fullPage: true });
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
