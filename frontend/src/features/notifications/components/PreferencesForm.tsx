import { Alert, Button, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { LeaveGuardDialog, useLeaveGuard } from '../../../lib/form/leave-guard';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { useUpdatePreferences } from '../api/update-preferences';
import { MESSAGE_LANGUAGES, NOTIFICATION_KINDS, type Preferences } from '../api/schemas';

/** The language of a person's messages and a switch for each notification they may turn off. */
export function PreferencesForm({ saved }: { saved: Preferences }) {
  const { t } = useTranslation();
  const update = useUpdatePreferences();
  const form = useForm<Preferences>({ initialValues: saved });
  const feedback = useFormFeedback(form, update.error);
  const guard = useLeaveGuard(form.isDirty());
  const labels: Record<string, string> = { language: t('notifications.preferences.language') };

  const onSave = (values: Preferences) =>
    update.mutate(values, {
      onSuccess: (answer) => {
        form.setInitialValues(answer);
        form.setValues(answer);
        notifications.show({ message: t('notifications.preferences.saved'), color: 'teal' });
      },
    });

  return (
    <form onSubmit={feedback.onSubmit(onSave)} noValidate>
      <Stack gap="md" maw={640}>
        <FormErrorSummary {...feedback.summary} label={(path) => labels[path]} />
        <Select
          label={labels.language}
          description={t('notifications.preferences.languageHint')}
          data={MESSAGE_LANGUAGES.map((value) => ({ value, label: t(`notifications.languages.${value}`) }))}
          allowDeselect={false}
          w={{ base: '100%', xs: 280 }}
          {...form.getInputProps('language')}
        />
        <Stack gap="sm" role="group" aria-labelledby="notification-kinds">
          <Text fw={600} id="notification-kinds">
            {t('notifications.preferences.kindsTitle')}
          </Text>
          {NOTIFICATION_KINDS.map((kind) => (
            <Switch
              key={kind}
              label={t(`notifications.kinds.${kind}.label`)}
              description={t(`notifications.kinds.${kind}.description`)}
              {...form.getInputProps(`notifications.${kind}`, { type: 'checkbox' })}
              checked={form.getValues().notifications[kind] ?? true}
            />
          ))}
        </Stack>
        <Alert color="gray" variant="light" role="note">
          <Text size="sm">{t('notifications.preferences.security')}</Text>
        </Alert>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
      <LeaveGuardDialog blocker={guard.blocker} />
    </form>
  );
}
