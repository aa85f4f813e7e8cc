import { Button, Group, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { LeaveGuardDialog, useLeaveGuard } from '../../../lib/form/leave-guard';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import type { Program, ProgramRequest } from '../api/schemas';
import { AttendanceSection } from './program-form/AttendanceSection';
import { MainSection } from './program-form/MainSection';
import { OutcomesSection } from './program-form/OutcomesSection';
import { PartnersSection } from './program-form/PartnersSection';
import { initialProgramValues, programFormPath, programSchema, toProgramRequest } from './program-form/values';
import { VolumeSection } from './program-form/VolumeSection';

interface ProgramFormProps {
  program: Program | null;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  /** Sends the request; the caller runs `saved()` once the server accepted it, before moving on. */
  onSubmit: (request: ProgramRequest, saved: () => void) => void;
  /** Shown above the fields, e.g. the "someone else saved" notice. */
  notice?: ReactNode;
  /** Hides the error summary's account of `error` (the parent explains this error itself). */
  hideError?: boolean;
}

/** A program's own fields, in sections; asks before leaving with unsaved changes. */
export function ProgramForm({ program, error, pending, submitLabel, onSubmit, notice, hideError }: ProgramFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => programSchema(t), [t]);
  const form = useForm({ initialValues: initialProgramValues(program), validate: schemaResolver(schema, { sync: true }) });
  const feedback = useFormFeedback(form, hideError ? null : error, programFormPath(form.getValues()));
  const guard = useLeaveGuard(form.isDirty());

  const labels: Record<string, string> = {
    title: t('catalog.form.title'),
    provider: t('catalog.form.provider'),
    description: t('catalog.form.description'),
    programType: t('catalog.form.programType'),
    duration: t('catalog.form.duration'),
    language: t('catalog.form.language'),
    hours: t('catalog.form.hours'),
    capacity: t('catalog.form.capacity'),
    recordingMakeUpPercent: t('catalog.form.recordingMakeUpPercent'),
    startsOn: t('catalog.form.startsOn'),
    endsOn: t('catalog.form.endsOn'),
    enrollmentOpensAt: t('catalog.form.enrollmentOpensAt'),
    enrollmentClosesAt: t('catalog.form.enrollmentClosesAt'),
    partners: t('catalog.form.partners'),
    learningOutcomes: t('catalog.form.learningOutcomes'),
  };
  const label = (path: string) => {
    const partner = /^partners\.(\d+)(?:\.(name|url))?$/.exec(path);
    if (partner) {
      const n = Number(partner[1]) + 1;
      return partner[2] === 'url' ? t('catalog.form.partnerUrl', { n }) : t('catalog.form.partnerName', { n });
    }
    const outcome = /^learningOutcomes\.(\d+)/.exec(path);
    if (outcome) return t('catalog.form.outcomeN', { n: Number(outcome[1]) + 1 });
    return labels[path];
  };

  return (
    <form onSubmit={feedback.onSubmit((values) => onSubmit(toProgramRequest(values), guard.release))} noValidate>
      <Stack gap="lg">
        {notice}
        <FormErrorSummary {...feedback.summary} label={label} />
        <MainSection form={form} />
        <VolumeSection form={form} />
        <AttendanceSection form={form} />
        <OutcomesSection form={form} />
        <PartnersSection form={form} />
        <Group>
          <Button type="submit" loading={pending} disabled={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
      <LeaveGuardDialog blocker={guard.blocker} />
    </form>
  );
}
