import { Button, Group, Modal, NumberInput, Radio, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { optionAria } from '../../../lib/form/group-aria';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { useLastDefined } from '../../../lib/use-last-defined';
import { useMarkAttendance } from '../api/mark-attendance';
import { ATTENDANCE_STATUSES, MAX_MINUTES, MAX_NOTE, type AttendanceStatus, type Entry } from '../api/schemas';

interface MarkModalProps {
  entry: Entry | null;
  onClose: () => void;
}

/** Changes one participant's attendance: status, minutes and a note. */
export function MarkModal({ entry: selected, onClose }: MarkModalProps) {
  const { t } = useTranslation();
  const entry = useLastDefined(selected);
  return (
    <Modal opened={selected !== null} onClose={onClose} title={t('attendance.mark.title')} centered>
      {/* Keyed so that each opening starts from the participant's current record. */}
      {entry && <MarkForm key={entry.userId} entry={entry} onClose={onClose} />}
    </Modal>
  );
}

interface MarkValues {
  status: AttendanceStatus | '';
  minutes: number | string;
  note: string;
}

function MarkForm({ entry, onClose }: { entry: Entry; onClose: () => void }) {
  const { t } = useTranslation();
  const mark = useMarkAttendance();
  const groupId = useId();
  const form = useForm<MarkValues>({
    initialValues: { status: entry.status ?? '', minutes: entry.minutes ?? '', note: entry.note ?? '' },
    validate: schemaResolver(
      z.object({
        status: z.enum(ATTENDANCE_STATUSES, t('attendance.mark.statusRequired')),
        minutes: z.union([
          z.literal(''),
          z.number().int().min(0, t('attendance.mark.minutesRange', { max: MAX_MINUTES })).max(MAX_MINUTES, t('attendance.mark.minutesRange', { max: MAX_MINUTES })),
        ]),
        note: z.string().max(MAX_NOTE, t('attendance.mark.noteTooLong', { max: MAX_NOTE })),
      }),
      { sync: true },
    ),
  });
  const feedback = useFormFeedback(form, mark.error);
  const labels: Record<string, string> = {
    status: t('attendance.register.colStatus'),
    minutes: t('attendance.register.colMinutes'),
    note: t('attendance.register.colNote'),
  };

  return (
    <form
      noValidate
      onSubmit={feedback.onSubmit((values) =>
        mark.mutate(
          {
            sessionId: entry.sessionId,
            userId: entry.userId,
            mark: {
              status: values.status as AttendanceStatus,
              minutes: values.minutes === '' ? null : Number(values.minutes),
              note: values.note.trim() === '' ? null : values.note.trim(),
            },
          },
          { onSuccess: onClose },
        ),
      )}
    >
      <Stack gap="md">
        <Text fw={600}>{entry.fullName}</Text>
        <FormErrorSummary {...feedback.summary} label={(path) => labels[path]} />
        <Radio.Group id={groupId} label={labels.status} withAsterisk {...form.getInputProps('status')}>
          <Group gap="md" mt="xs">
            {ATTENDANCE_STATUSES.map((status) => (
              <Radio key={status} value={status} label={t(`attendance.status.${status}`)} {...optionAria(groupId, form.errors.status)} />
            ))}
          </Group>
        </Radio.Group>
        <NumberInput
          label={labels.minutes}
          description={t('attendance.mark.minutesHint')}
          min={0}
          max={MAX_MINUTES}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('minutes')}
        />
        <Textarea label={labels.note} rows={3} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mark.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
