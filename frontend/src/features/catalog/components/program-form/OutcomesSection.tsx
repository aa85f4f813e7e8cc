import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { newRowKey, type ProgramValues } from './values';

/** What a learner can do after the program, one outcome per row. */
export function OutcomesSection({ form }: { form: UseFormReturnType<ProgramValues> }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('catalog.form.learningOutcomes')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('catalog.form.learningOutcomesHint')}
        </Text>
        {form.errors.learningOutcomes && (
          <Text c="red.8" size="sm" data-path="learningOutcomes" tabIndex={-1}>
            {form.errors.learningOutcomes}
          </Text>
        )}
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
        <Group>
          <Button
            variant="default"
            size="sm"
            onClick={() => form.insertListItem('learningOutcomes', { key: newRowKey(), text: '' })}
          >
            {t('catalog.form.addOutcome')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
