import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, exportHref, type Category } from '../api/schemas';

/** Downloads the bank (or the selected category with its subcategories) as GIFT or Moodle XML: plain links. */
export function ExportMenu({ programId, category }: { programId: number; category: Category | undefined }) {
  const { t } = useTranslation();
  const scopes = category ? [category, undefined] : [undefined];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default">{t('assessment.bank.export')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        {scopes.map((scope) => {
          const scopeLabel = scope ? t('assessment.bank.exportCategory', { name: scope.name }) : t('assessment.bank.exportAll');
          return (
            <div key={scope?.id ?? 'all'}>
              <Menu.Label>{scopeLabel}</Menu.Label>
              {EXPORT_FORMATS.map((format) => (
                <Menu.Item
                  key={format}
                  component="a"
                  href={exportHref(programId, format, scope?.id)}
                  download
                  aria-label={`${t(`assessment.bank.format.${format}`)}: ${scopeLabel}`}
                >
                  {t(`assessment.bank.format.${format}`)}
                </Menu.Item>
              ))}
            </div>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
