import { ActionIcon, Group, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RowsSection } from '../../../../components/RowsSection';
import { newRowKey, type ProgramValues } from './values';

/** What a learner can do after the program, one outcome per row. */
export function OutcomesSection({ form }: { form: UseFormReturnType<ProgramValues> }) {
  const { t } = useTranslation();
  return (
    <RowsSection
      legend={t('catalog.form.learningOutcomes')}
      hint={t('catalog.form.learningOutcomesHint')}
      path="learningOutcomes"
      error={form.errors.learningOutcomes}
      addLabel={t('catalog.form.addOutcome')}
      onAdd={() => form.insertListItem('learningOutcomes', { key: newRowKey(), text: '' })}
    >
      {form.values.learningOutcomes.map((outcome, index) => (
        <Group key={outcome.key} align="flex-start" wrap="nowrap" gap="xs">
          <TextInput
            aria-label={t('catalog.form.outcomeN', { n: index + 1 })}
            style={{ flex: 1 }}
            {...form.getInputProps(`learningOutcomes.${index}.text`)}
            error={form.errors[`learningOutcomes.${index}`] ?? form.errors[`learningOutcomes.${index}.text`]}
            data-path={`learningOutcomes.${index}`}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('catalog.form.removeOutcome', { n: index + 1 })}
            onClick={() => form.removeListItem('learningOutcomes', index)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
    </RowsSection>
  );
}
