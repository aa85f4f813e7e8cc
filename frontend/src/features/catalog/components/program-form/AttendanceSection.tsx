import { Fieldset, Stack, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAKE_UP_DEFAULT, MAKE_UP_MAX, MAKE_UP_MIN, type ProgramValues } from './values';

/** Whether watching a session's recording makes up for missing it, and how much of it must be watched. */
export function AttendanceSection({ form }: { form: UseFormReturnType<ProgramValues> }) {
  const { t } = useTranslation();
  const switchProps = form.getInputProps('recordingMakeUp', { type: 'checkbox' });
  return (
    <Fieldset legend={t('catalog.form.sectionAttendance')}>
      <Stack gap="sm">
        <Switch
          {...switchProps}
          label={t('catalog.form.recordingMakeUp')}
          description={t('catalog.form.recordingMakeUpHint')}
          onChange={(event) => {
            switchProps.onChange(event);
            if (event.currentTarget.checked && form.getValues().recordingMakeUpPercent.trim() === '') {
              form.setFieldValue('recordingMakeUpPercent', String(MAKE_UP_DEFAULT));
            }
          }}
        />
        {form.getValues().recordingMakeUp && (
          <TextInput
            type="number"
            inputMode="numeric"
            min={MAKE_UP_MIN}
            max={MAKE_UP_MAX}
            label={t('catalog.form.recordingMakeUpPercent')}
            description={t('catalog.form.recordingMakeUpPercentHint')}
            required
            maw={260}
            rightSection="%"
            {...form.getInputProps('recordingMakeUpPercent')}
          />
        )}
      </Stack>
    </Fieldset>
  );
}
