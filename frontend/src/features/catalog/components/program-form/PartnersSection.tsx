import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { newRowKey, type ProgramValues } from './values';

/** Partners and donors named on the certificate, each with an optional website. */
export function PartnersSection({ form }: { form: UseFormReturnType<ProgramValues> }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('catalog.form.partners')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('catalog.form.partnersHint')}
        </Text>
        {form.errors.partners && (
          <Text c="red.8" size="sm" data-path="partners" tabIndex={-1}>
            {form.errors.partners}
          </Text>
        )}
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
        <Group>
          <Button variant="default" size="sm" onClick={() => form.insertListItem('partners', { key: newRowKey(), name: '', url: '' })}>
            {t('catalog.form.addPartner')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
