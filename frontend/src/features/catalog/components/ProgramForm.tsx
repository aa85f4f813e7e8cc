import { ActionIcon, Alert, Button, Fieldset, Group, List, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/problem';
import {
  DURATIONS,
  PROGRAM_LANGUAGES,
  PROGRAM_TYPES,
  durationSchema,
  programLanguageSchema,
  programTypeSchema,
  type Duration,
  type Program,
  type ProgramLanguage,
  type ProgramRequest,
  type ProgramType,
} from '../api/schemas';
import { ectsFromHours, formatEcts, instantToKyivInput, kyivInputToInstant } from './format';
import { useFocusFirstError } from './use-field-focus';

export const TITLE_MIN = 3;
export const TITLE_MAX = 300;
export const HOURS_MIN = 1;
export const HOURS_MAX = 2000;

interface Row {
  key: number;
}
interface PartnerRow extends Row {
  name: string;
  url: string;
}
interface OutcomeRow extends Row {
  text: string;
}

interface Values {
  title: string;
  description: string;
  provider: string;
  programType: ProgramType;
  duration: Duration;
  hours: string;
  language: ProgramLanguage;
  startsOn: string;
  endsOn: string;
  enrollmentOpensAt: string;
  enrollmentClosesAt: string;
  capacity: string;
  partners: PartnerRow[];
  learningOutcomes: OutcomeRow[];
}

/** Field names the form shows errors for; anything else the server names is listed on top. */
const TOP_FIELDS = [
  'title',
  'description',
  'provider',
  'programType',
  'duration',
  'hours',
  'language',
  'startsOn',
  'endsOn',
  'enrollmentOpensAt',
  'enrollmentClosesAt',
  'capacity',
  'partners',
  'learningOutcomes',
] as const;

let nextKey = 1;
const newKey = () => nextKey++;

function initialValues(program: Program | null): Values {
  return {
    title: program?.title ?? '',
    description: program?.description ?? '',
    provider: program?.provider ?? '',
    programType: program?.programType ?? 'special',
    duration: program?.duration ?? 'short_term',
    hours: program ? String(program.hours) : '',
    language: program?.language ?? 'uk',
    startsOn: program?.startsOn ?? '',
    endsOn: program?.endsOn ?? '',
    enrollmentOpensAt: instantToKyivInput(program?.enrollmentOpensAt ?? null),
    enrollmentClosesAt: instantToKyivInput(program?.enrollmentClosesAt ?? null),
    capacity: program?.capacity == null ? '' : String(program.capacity),
    partners: (program?.partners ?? []).map((partner) => ({ key: newKey(), name: partner.name, url: partner.url ?? '' })),
    learningOutcomes: (program?.learningOutcomes ?? []).map((text) => ({ key: newKey(), text })),
  };
}

const toNumber = (value: string): number | null => {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
};
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toRequest(values: Values): ProgramRequest {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    provider: values.provider.trim(),
    partners: values.partners
      .filter((partner) => partner.name.trim() !== '' || partner.url.trim() !== '')
      .map((partner) => ({ name: partner.name.trim(), url: orNull(partner.url) })),
    programType: values.programType,
    duration: values.duration,
    hours: toNumber(values.hours),
    learningOutcomes: values.learningOutcomes.map((outcome) => outcome.text.trim()).filter((text) => text !== ''),
    language: values.language,
    enrollmentOpensAt: kyivInputToInstant(values.enrollmentOpensAt),
    enrollmentClosesAt: kyivInputToInstant(values.enrollmentClosesAt),
    startsOn: orNull(values.startsOn),
    endsOn: orNull(values.endsOn),
    capacity: toNumber(values.capacity),
  };
}

interface ProgramFormProps {
  program: Program | null;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (request: ProgramRequest) => void;
  /** Shown above the fields, e.g. the "someone else saved" notice. */
  notice?: ReactNode;
  /** Hides the generic error alert (the parent explains this error itself). */
  hideError?: boolean;
}

export function ProgramForm({ program, error, pending, submitLabel, onSubmit, notice, hideError }: ProgramFormProps) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Values>(() => initialValues(program));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const serverErrors = useMemo(() => (isApiError(error) ? error.fieldErrors : {}), [error]);
  const fieldErrors: Record<string, string | undefined> = useMemo(
    () => ({ ...serverErrors, ...clientErrors }),
    [serverErrors, clientErrors],
  );
  const formRef = useFocusFirstError(fieldErrors);

  const shownField = (field: string) =>
    (TOP_FIELDS as readonly string[]).includes(field) ||
    /^partners\[(\d+)\](\.(name|url))?$/.test(field) ||
    /^learningOutcomes\[(\d+)\]$/.test(field);
  const otherErrors = isApiError(error) ? (error.problem.errors ?? []).filter((e) => !shownField(e.field)) : [];

  const set = <K extends keyof Values>(field: K, value: Values[K]) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const text = (field: 'title' | 'description' | 'provider' | 'hours' | 'startsOn' | 'endsOn' | 'enrollmentOpensAt' | 'enrollmentClosesAt' | 'capacity') =>
    (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value);

  // Partner and outcome rows are sent without the empty ones, so server indexes follow the sent list.
  const sentPartnerIndex = (key: number) =>
    values.partners.filter((p) => p.name.trim() !== '' || p.url.trim() !== '').findIndex((p) => p.key === key);
  const sentOutcomeIndex = (key: number) =>
    values.learningOutcomes.filter((o) => o.text.trim() !== '').findIndex((o) => o.key === key);
  const partnerError = (key: number, uiIndex: number, part: 'name' | 'url') => {
    const client = clientErrors[`partners[${uiIndex}].${part}`];
    if (client) return client;
    const index = sentPartnerIndex(key);
    return index < 0 ? undefined : (serverErrors[`partners[${index}].${part}`] ?? serverErrors[`partners[${index}]`]);
  };
  const outcomeError = (key: number) => {
    const index = sentOutcomeIndex(key);
    return index < 0 ? undefined : serverErrors[`learningOutcomes[${index}]`];
  };

  const validate = (): Record<string, string> => {
    const errors: Record<string, string> = {};
    const title = values.title.trim();
    if (title === '') errors.title = t('validation.required');
    else if (title.length < TITLE_MIN || title.length > TITLE_MAX)
      errors.title = t('catalog.form.titleLength', { min: TITLE_MIN, max: TITLE_MAX });
    if (values.provider.trim() === '') errors.provider = t('validation.required');
    const hours = toNumber(values.hours);
    if (values.hours.trim() === '') errors.hours = t('validation.required');
    else if (hours === null || !Number.isInteger(hours) || hours < HOURS_MIN || hours > HOURS_MAX)
      errors.hours = t('catalog.form.hoursRange', { min: HOURS_MIN, max: HOURS_MAX });
    if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) errors.endsOn = t('catalog.form.endsBeforeStart');
    const opens = kyivInputToInstant(values.enrollmentOpensAt);
    const closes = kyivInputToInstant(values.enrollmentClosesAt);
    if (opens && closes && closes <= opens) errors.enrollmentClosesAt = t('catalog.form.closesBeforeOpens');
    if (values.capacity.trim() !== '') {
      const capacity = toNumber(values.capacity);
      if (capacity === null || !Number.isInteger(capacity) || capacity < 1) errors.capacity = t('catalog.form.capacityMin');
    }
    values.partners.forEach((partner, index) => {
      if (partner.name.trim() === '' && partner.url.trim() === '') return;
      if (partner.name.trim() === '') errors[`partners[${index}].name`] = t('validation.required');
      if (partner.url.trim() !== '' && !/^https?:\/\/\S+$/i.test(partner.url.trim()))
        errors[`partners[${index}].url`] = t('catalog.form.urlHttp');
    });
    return errors;
  };

  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate();
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    onSubmit(toRequest(values));
  };

  const hoursNumber = toNumber(values.hours);
  const ectsHint =
    hoursNumber !== null && hoursNumber > 0
      ? t('catalog.form.ectsLive', { ects: formatEcts(ectsFromHours(hoursNumber), i18n.resolvedLanguage) })
      : t('catalog.form.ectsHint');
  const hasFieldErrors = Object.values(fieldErrors).some(Boolean);
  const problemDetail = isApiError(error) ? error.problem.detail : undefined;

  return (
    <form ref={formRef} onSubmit={onFormSubmit} noValidate>
      <Stack gap="lg">
        {notice}
        {!hideError && error != null && (problemDetail || !hasFieldErrors) && <ErrorAlert error={error} />}
        {!hideError && otherErrors.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            <List size="sm">
              {otherErrors.map((e) => (
                <List.Item key={`${e.field}-${e.code}`}>{e.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {error == null && Object.keys(clientErrors).length > 0 && (
          <Text c="red.8" size="sm" role="alert">
            {t('validation.checkFields')}
          </Text>
        )}

        <Fieldset legend={t('catalog.form.sectionMain')}>
          <Stack gap="md">
            <TextInput
              name="title"
              label={t('catalog.form.title')}
              withAsterisk
              aria-required
              maxLength={TITLE_MAX}
              value={values.title}
              onChange={text('title')}
              error={fieldErrors.title}
            />
            <TextInput
              name="provider"
              label={t('catalog.form.provider')}
              description={t('catalog.form.providerHint')}
              withAsterisk
              aria-required
              value={values.provider}
              onChange={text('provider')}
              error={fieldErrors.provider}
            />
            <Textarea
              name="description"
              label={t('catalog.form.description')}
              description={t('catalog.form.descriptionHint')}
              resize="vertical"
              rows={6}
              value={values.description}
              onChange={text('description')}
              error={fieldErrors.description}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect
                name="programType"
                label={t('catalog.form.programType')}
                data={PROGRAM_TYPES.map((value) => ({ value, label: t(`catalog.programType.${value}`) }))}
                value={values.programType}
                onChange={(event) => set('programType', programTypeSchema.parse(event.currentTarget.value))}
                error={fieldErrors.programType}
              />
              <NativeSelect
                name="duration"
                label={t('catalog.form.duration')}
                data={DURATIONS.map((value) => ({ value, label: t(`catalog.duration.${value}`) }))}
                value={values.duration}
                onChange={(event) => set('duration', durationSchema.parse(event.currentTarget.value))}
                error={fieldErrors.duration}
              />
              <NativeSelect
                name="language"
                label={t('catalog.form.language')}
                data={PROGRAM_LANGUAGES.map((value) => ({ value, label: t(`catalog.language.${value}`) }))}
                value={values.language}
                onChange={(event) => set('language', programLanguageSchema.parse(event.currentTarget.value))}
                error={fieldErrors.language}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('catalog.form.sectionVolume')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              name="hours"
              type="number"
              inputMode="numeric"
              min={HOURS_MIN}
              max={HOURS_MAX}
              label={t('catalog.form.hours')}
              description={<span aria-live="polite">{ectsHint}</span>}
              withAsterisk
              aria-required
              value={values.hours}
              onChange={text('hours')}
              error={fieldErrors.hours}
            />
            <TextInput
              name="capacity"
              type="number"
              inputMode="numeric"
              min={1}
              label={`${t('catalog.form.capacity')} (${t('common.optional')})`}
              description={t('catalog.form.capacityHint')}
              value={values.capacity}
              onChange={text('capacity')}
              error={fieldErrors.capacity}
            />
            <TextInput
              name="startsOn"
              type="date"
              label={t('catalog.form.startsOn')}
              value={values.startsOn}
              onChange={text('startsOn')}
              error={fieldErrors.startsOn}
            />
            <TextInput
              name="endsOn"
              type="date"
              label={t('catalog.form.endsOn')}
              value={values.endsOn}
              onChange={text('endsOn')}
              error={fieldErrors.endsOn}
            />
            <TextInput
              name="enrollmentOpensAt"
              type="datetime-local"
              label={t('catalog.form.enrollmentOpensAt')}
              description={t('catalog.form.kyivTime')}
              value={values.enrollmentOpensAt}
              onChange={text('enrollmentOpensAt')}
              error={fieldErrors.enrollmentOpensAt}
            />
            <TextInput
              name="enrollmentClosesAt"
              type="datetime-local"
              label={t('catalog.form.enrollmentClosesAt')}
              description={t('catalog.form.kyivTime')}
              value={values.enrollmentClosesAt}
              onChange={text('enrollmentClosesAt')}
              error={fieldErrors.enrollmentClosesAt}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('catalog.form.learningOutcomes')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('catalog.form.learningOutcomesHint')}
            </Text>
            {fieldErrors.learningOutcomes && (
              <Text c="red.8" size="sm" role="alert">
                {fieldErrors.learningOutcomes}
              </Text>
            )}
            {values.learningOutcomes.map((outcome, index) => (
              <Group key={outcome.key} align="flex-start" wrap="nowrap" gap="xs">
                <TextInput
                  name={`learningOutcomes[${index}]`}
                  aria-label={t('catalog.form.outcomeN', { n: index + 1 })}
                  style={{ flex: 1 }}
                  value={outcome.text}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    set(
                      'learningOutcomes',
                      values.learningOutcomes.map((o) => (o.key === outcome.key ? { ...o, text: value } : o)),
                    );
                  }}
                  error={outcomeError(outcome.key)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('catalog.form.removeOutcome', { n: index + 1 })}
                  onClick={() => set('learningOutcomes', values.learningOutcomes.filter((o) => o.key !== outcome.key))}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                size="sm"
                onClick={() => set('learningOutcomes', [...values.learningOutcomes, { key: newKey(), text: '' }])}
              >
                {t('catalog.form.addOutcome')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('catalog.form.partners')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('catalog.form.partnersHint')}
            </Text>
            {fieldErrors.partners && (
              <Text c="red.8" size="sm" role="alert">
                {fieldErrors.partners}
              </Text>
            )}
            {values.partners.map((partner, index) => {
              const update = (part: 'name' | 'url') => (event: { currentTarget: { value: string } }) => {
                const value = event.currentTarget.value;
                set(
                  'partners',
                  values.partners.map((p) => (p.key === partner.key ? { ...p, [part]: value } : p)),
                );
              };
              return (
                <Group key={partner.key} align="flex-start" wrap="nowrap" gap="xs">
                  <TextInput
                    name={`partners[${index}].name`}
                    label={t('catalog.form.partnerName', { n: index + 1 })}
                    style={{ flex: 1 }}
                    value={partner.name}
                    onChange={update('name')}
                    error={partnerError(partner.key, index, 'name')}
                  />
                  <TextInput
                    name={`partners[${index}].url`}
                    type="url"
                    label={t('catalog.form.partnerUrl', { n: index + 1 })}
                    placeholder="https://"
                    style={{ flex: 1 }}
                    value={partner.url}
                    onChange={update('url')}
                    error={partnerError(partner.key, index, 'url')}
                  />
                  <ActionIcon
                    mt={26}
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('catalog.form.removePartner', { n: index + 1 })}
                    onClick={() => set('partners', values.partners.filter((p) => p.key !== partner.key))}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              );
            })}
            <Group>
              <Button
                variant="default"
                size="sm"
                onClick={() => set('partners', [...values.partners, { key: newKey(), name: '', url: '' }])}
              >
                {t('catalog.form.addPartner')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Group>
          <Button type="submit" loading={pending} disabled={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
