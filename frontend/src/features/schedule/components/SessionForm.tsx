import { ActionIcon, Alert, Button, Checkbox, Fieldset, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { RowsSection } from '../../../components/RowsSection';
import { StaleVersionAlert } from '../../../components/StaleVersionAlert';
import { optionAria } from '../../../lib/form/group-aria';
import { LeaveGuardDialog, toAnotherPageOrQuery, useLeaveGuard } from '../../../lib/form/leave-guard';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { isApiError } from '../../../lib/problem';
import { useCreateSession } from '../api/create-session';
import { useReloadSession } from '../api/get-session';
import { SESSION_FORMATS, type Session } from '../api/schemas';
import { STALE_VERSION, useUpdateSession } from '../api/update-session';
import type { ScheduledProgram } from '../viewer';
import {
  crossFieldErrors,
  hasLink,
  hasVenue,
  initialValues,
  newSpeakerRow,
  outsideDates,
  sessionValuesSchema,
  toRequest,
  type SessionValues,
} from './session-values';
import { DEFAULT_TIME_ZONE } from './session-time';

/** Every zone the browser knows, Kyiv first (browsers may still call it Europe/Kiev). */
const TIME_ZONES = [
  DEFAULT_TIME_ZONE,
  ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== DEFAULT_TIME_ZONE && zone !== 'Europe/Kiev'),
];

interface SessionFormProps {
  program: ScheduledProgram;
  /** The session to edit; null schedules a new one. */
  session: Session | null;
  /** Leaves the form (it is opened by a query parameter): after a save, or asked first when there are unsaved changes. */
  onDone: () => void;
}

/** Schedules or edits a session: what, who speaks, when (in which zone), where or online, and registration. */
export function SessionForm({ program, session: loaded, onDone }: SessionFormProps) {
  const { t } = useTranslation();
  const create = useCreateSession();
  const update = useUpdateSession();
  const reloadSession = useReloadSession();
  // The form edits the session as it was at `session.version`; the server refuses a save over a newer one.
  const [session, setSession] = useState(loaded);
  const mutation = session ? update : create;
  const stale = isApiError(update.error) && update.error.code === STALE_VERSION;
  const schema = useMemo(() => sessionValuesSchema(t), [t]);
  const form = useForm<SessionValues>({
    initialValues: initialValues(session, program.modules[0]?.id),
    validate: (values) => ({ ...schemaResolver(schema, { sync: true })(values), ...crossFieldErrors(values, t) }),
  });
  const feedback = useFormFeedback(form, stale ? null : mutation.error);
  // Cancel and Back change the query that opened the form, so a change of query leaves it too.
  const guard = useLeaveGuard(form.isDirty() && !mutation.isSuccess, toAnotherPageOrQuery);
  const values = form.getValues();

  /** Puts the server's current version in the form, dropping the refused changes. */
  const reload = async () => {
    if (!session) return;
    const fresh = await reloadSession(session.id);
    update.reset();
    setSession(fresh);
    form.setInitialValues(initialValues(fresh, undefined));
    form.reset();
  };

  const labels: Record<string, string> = {
    moduleId: t('schedule.form.module'),
    title: t('schedule.form.title'),
    description: t('schedule.form.description'),
    startsAt: t('schedule.form.startsAt'),
    endsAt: t('schedule.form.endsAt'),
    timeZone: t('schedule.form.timeZone'),
    format: t('schedule.form.format'),
    meetingUrl: t('schedule.form.meetingUrl'),
    venue: t('schedule.form.venue'),
    address: t('schedule.form.address'),
    room: t('schedule.form.room'),
    capacity: t('schedule.form.capacity'),
  };
  const label = (path: string) => {
    const speaker = /^speakers\.(\d+)\.(name|position|bio)$/.exec(path);
    if (speaker) return t(`schedule.form.speaker.${speaker[2] as 'name' | 'position' | 'bio'}`, { n: Number(speaker[1]) + 1 });
    return labels[path];
  };

  const save = (values: SessionValues) => {
    const request = toRequest(values);
    const onSuccess = (saved: Session) => {
      guard.release();
      notifications.show({ color: 'teal', message: t(session ? 'schedule.form.saved' : 'schedule.form.created', { title: saved.title }) });
      onDone();
    };
    if (session) update.mutate({ id: session.id, version: session.version, request }, { onSuccess });
    else create.mutate({ programId: program.id, moduleId: Number(values.moduleId), request }, { onSuccess });
  };

  return (
    <form onSubmit={feedback.onSubmit(save)} noValidate aria-labelledby="session-form-title">
      <Stack gap="md" maw={860}>
        {stale && <StaleVersionAlert title={t('schedule.form.staleTitle')} onReload={reload} />}
        <FormErrorSummary {...feedback.summary} label={label} />
        <Select
          label={labels.moduleId}
          required
          disabled={session !== null}
          description={session ? t('schedule.form.moduleFixed') : undefined}
          data={program.modules.map((module, index) => ({
            value: String(module.id),
            label: t('schedule.tab.moduleHeading', { n: index + 1, title: module.title }),
          }))}
          allowDeselect={false}
          {...form.getInputProps('moduleId')}
        />
        <TextInput label={labels.title} required data-autofocus {...form.getInputProps('title')} />
        <Textarea
          label={`${labels.description} (${t('common.optional')})`}
          resize="vertical"
          rows={3}
          {...form.getInputProps('description')}
        />

        <Fieldset legend={t('schedule.form.when')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField withTime label={labels.startsAt} required {...form.getInputProps('startsAt')} />
              <DateField withTime label={labels.endsAt} required {...form.getInputProps('endsAt')} />
            </SimpleGrid>
            <Select
              label={labels.timeZone}
              description={t('schedule.form.timeZoneHint')}
              searchable
              allowDeselect={false}
              data={TIME_ZONES}
              maw={360}
              {...form.getInputProps('timeZone')}
            />
            {outsideDates(values, program.startsOn, program.endsOn) && (
              <Alert color="yellow" variant="light" role="status">
                {t('schedule.form.outsideProgramDates')}
              </Alert>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={labels.format}>
          <Stack gap="sm">
            <Radio.Group id="session-format" aria-label={labels.format} {...form.getInputProps('format')}>
              <Group gap="lg">
                {SESSION_FORMATS.map((format) => (
                  <Radio key={format} value={format} label={t(`schedule.format.${format}`)} {...optionAria('session-format', form.errors.format)} />
                ))}
              </Group>
            </Radio.Group>
            {hasLink(values.format) && (
              <TextInput
                type="url"
                label={labels.meetingUrl}
                description={t('schedule.form.meetingUrlHint')}
                placeholder="https://"
                required
                {...form.getInputProps('meetingUrl')}
              />
            )}
            {hasVenue(values.format) && (
              <>
                <TextInput label={labels.venue} required {...form.getInputProps('venue')} />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={`${labels.address} (${t('common.optional')})`} {...form.getInputProps('address')} />
                  <TextInput label={`${labels.room} (${t('common.optional')})`} {...form.getInputProps('room')} />
                </SimpleGrid>
              </>
            )}
          </Stack>
        </Fieldset>

        <SpeakersSection form={form} />

        <Fieldset legend={t('schedule.form.registration')}>
          <Stack gap="sm">
            <TextInput
              type="number"
              inputMode="numeric"
              min={1}
              label={`${labels.capacity} (${t('common.optional')})`}
              description={t('schedule.form.capacityHint')}
              maw={260}
              {...form.getInputProps('capacity')}
            />
            <Checkbox
              label={t('schedule.form.registrationRequired')}
              {...form.getInputProps('registrationRequired', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>

        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {session ? t('common.save') : t('schedule.form.create')}
          </Button>
        </Group>
      </Stack>
      <LeaveGuardDialog blocker={guard.blocker} />
    </form>
  );
}

function SpeakersSection({ form }: { form: UseFormReturnType<SessionValues> }) {
  const { t } = useTranslation();
  return (
    <RowsSection
      legend={t('schedule.form.speakers')}
      hint={t('schedule.form.speakersHint')}
      path="speakers"
      error={form.errors.speakers}
      addLabel={t('schedule.form.addSpeaker')}
      onAdd={() => form.insertListItem('speakers', newSpeakerRow())}
    >
      {form.getValues().speakers.map((speaker, index) => (
        <Group key={speaker.key} align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('schedule.form.speaker.name', { n: index + 1 })} {...form.getInputProps(`speakers.${index}.name`)} />
              <TextInput
                label={t('schedule.form.speaker.position', { n: index + 1 })}
                {...form.getInputProps(`speakers.${index}.position`)}
              />
            </SimpleGrid>
            <Textarea label={t('schedule.form.speaker.bio', { n: index + 1 })} rows={2} {...form.getInputProps(`speakers.${index}.bio`)} />
          </Stack>
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('schedule.form.removeSpeaker', { n: index + 1 })}
            onClick={() => form.removeListItem('speakers', index)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
    </RowsSection>
  );
}
