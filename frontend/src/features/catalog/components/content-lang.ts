import { useTranslation } from 'react-i18next';
import type { ProgramLanguage } from '../api/schemas';

/**
 * The `lang` attribute for a program's own content (title, description, modules, materials):
 * its language when the interface speaks another, so screen readers switch voice (WCAG 3.1.2).
 */
export function useContentLang(language: ProgramLanguage): ProgramLanguage | undefined {
  const { i18n } = useTranslation();
  return language === i18n.resolvedLanguage ? undefined : language;
}
