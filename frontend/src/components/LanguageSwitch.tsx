import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, currentLanguage } from '../lib/i18n';

/** УКР / ENG toggle; the choice persists in localStorage and sets `<html lang>`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = i18n.resolvedLanguage ?? currentLanguage();
  return (
    <Group gap={0} role="group" aria-label={t('language.label')} wrap="nowrap">
      {LANGUAGES.map((language, index) => {
        const pressed = active === language.code;
        return (
          <Button
            key={language.code}
            size="compact-sm"
            variant={pressed ? 'filled' : 'default'}
            aria-pressed={pressed}
            lang={language.code}
            title={t('language.switchTo', { name: language.name })}
            onClick={() => void changeLanguage(language.code)}
            styles={{
              root: {
                borderTopLeftRadius: index === 0 ? undefined : 0,
                borderBottomLeftRadius: index === 0 ? undefined : 0,
                borderTopRightRadius: index === LANGUAGES.length - 1 ? undefined : 0,
                borderBottomRightRadius: index === LANGUAGES.length - 1 ? undefined : 0,
              },
            }}
          >
            {language.short}
          </Button>
        );
      })}
    </Group>
  );
}
