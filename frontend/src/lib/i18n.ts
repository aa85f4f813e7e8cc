import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import uk from '../locales/uk.json';
import en from '../locales/en.json';

export const LANGUAGES = [
  { code: 'uk', short: 'УКР', name: 'Українська' },
  { code: 'en', short: 'ENG', name: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'uk';
const STORAGE_KEY = 'civitas.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** The language the UI currently shows; sent to the server as `Accept-Language`. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  if (!isLanguage(language)) return;
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice simply lasts for this page view.
  }
});

void i18n.use(initReactI18next).init({
  resources: { uk: { translation: uk }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES.map((language) => language.code),
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  initAsync: false,
});
document.documentElement.lang = currentLanguage();

export { i18n };
