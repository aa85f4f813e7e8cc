import { Fieldset, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DURATIONS, PROGRAM_LANGUAGES, PROGRAM_TYPES } from '../../api/schemas';
import { TITLE_MAX, type ProgramValues } from './values';

/** Title, provider, description and the program's kind. */
export function MainSection({ form }: { form: UseFormReturnType<ProgramValues> }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('catalog.form.sectionMain')}>
      <Stack gap="md">
        <TextInput label={t('catalog.form.title')} required maxLength={TITLE_MAX} {...form.getInputProps('title')} />
        <TextInput
          label={t('catalog.form.provider')}
          description={t('catalog.form.providerHint')}
          required
          {...form.getInputProps('provider')}
        />
        <Textarea
          label={t('catalog.form.description')}
          description={t('catalog.form.descriptionHint')}
          resize="vertical"
          rows={6}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('catalog.form.programType')}
            data={PROGRAM_TYPES.map((value) => ({ value, label: t(`catalog.programType.${value}`) }))}
            {...form.getInputProps('programType')}
          />
          <NativeSelect
            label={t('catalog.form.duration')}
            data={DURATIONS.map((value) => ({ value, label: t(`catalog.duration.${value}`) }))}
            {...form.getInputProps('duration')}
          />
          <NativeSelect
            label={t('catalog.form.language')}
            data={PROGRAM_LANGUAGES.map((value) => ({ value, label: t(`catalog.language.${value}`) }))}
            {...form.getInputProps('language')}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
