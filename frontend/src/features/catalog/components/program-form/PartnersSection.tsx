import { ActionIcon, Group, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RowsSection } from '../../../../components/RowsSection';
import { newRowKey, type ProgramValues } from './values';

/** Partners and donors named on the certificate, each with an optional website. */
export function PartnersSection({ form }: { form: UseFormReturnType<ProgramValues> }) {
  const { t } = useTranslation();
  return (
    <RowsSection
      legend={t('catalog.form.partners')}
      hint={t('catalog.form.partnersHint')}
      path="partners"
      error={form.errors.partners}
      addLabel={t('catalog.form.addPartner')}
      onAdd={() => form.insertListItem('partners', { key: newRowKey(), name: '', url: '' })}
    >
      {form.values.partners.map((partner, index) => (
        <Group key={partner.key} align="flex-start" wrap="nowrap" gap="xs">
          <TextInput
            label={t('catalog.form.partnerName', { n: index + 1 })}
            style={{ flex: 1 }}
            {...form.getInputProps(`partners.${index}.name`)}
            // A problem with the whole row (`partners[0]`) shows under its name.
            error={form.errors[`partners.${index}.name`] ?? form.errors[`partners.${index}`]}
          />
          <TextInput
            type="url"
            label={t('catalog.form.partnerUrl', { n: index + 1 })}
            placeholder="https://"
            style={{ flex: 1 }}
            {...form.getInputProps(`partners.${index}.url`)}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('catalog.form.removePartner', { n: index + 1 })}
            onClick={() => form.removeListItem('partners', index)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
    </RowsSection>
  );
}
