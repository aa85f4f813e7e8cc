import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { instantToZonedInput, isTimeZone, zonedInputToOffsetDateTime } from '../../../lib/dates';
import { SESSION_FORMATS, type Session, type SessionFormat, type SessionRequest } from '../api/schemas';
import { DEFAULT_TIME_ZONE } from './session-time';

export interface SpeakerValues {
  /** Keeps a row's inputs when rows above it are removed. */
  key: string;
  name: string;
  position: string;
  bio: string;
}

export interface SessionValues {
  moduleId: string | null;
  title: string;
  description: string;
  speakers: SpeakerValues[];
  /** `YYYY-MM-DD HH:mm:ss` on the wall clock of `timeZone`. */
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string;
  format: SessionFormat;
  meetingUrl: string;
  venue: string;
  address: string;
  room: string;
  capacity: string;
  registrationRequired: boolean;
}

let rowCount = 0;
export const newSpeakerRow = (): SpeakerValues => ({ key: `speaker-${++rowCount}`, name: '', position: '', bio: '' });

export const hasLink = (format: SessionFormat) => format !== 'in_person';
export const hasVenue = (format: SessionFormat) => format !== 'online';

export function initialValues(session: Session | null, moduleId: number | undefined): SessionValues {
  return {
    moduleId: session ? String(session.moduleId) : moduleId === undefined ? null : String(moduleId),
    title: session?.title ?? '',
    description: session?.description ?? '',
    speakers: (session?.speakers ?? []).map((speaker) => ({
      ...newSpeakerRow(),
      name: speaker.name,
      position: speaker.position ?? '',
      bio: speaker.bio ?? '',
    })),
    startsAt: session ? instantToZonedInput(session.startsAt, session.timeZone) : null,
    endsAt: session ? instantToZonedInput(session.endsAt, session.timeZone) : null,
    timeZone: session?.timeZone ?? DEFAULT_TIME_ZONE,
    format: session?.format ?? 'online',
    meetingUrl: session?.meetingUrl ?? '',
    venue: session?.venue ?? '',
    address: session?.address ?? '',
    room: session?.room ?? '',
    capacity: session?.capacity == null ? '' : String(session.capacity),
    registrationRequired: session?.registrationRequired ?? true,
  };
}

const orNull = (value: string) => value.trim() || null;

/** The form's values as the server takes them: times with the zone's offset, fields of the other format left out. */
export function toRequest(values: SessionValues): SessionRequest {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    speakers: values.speakers
      .filter((speaker) => speaker.name.trim())
      .map((speaker) => ({ name: speaker.name.trim(), position: orNull(speaker.position), bio: orNull(speaker.bio) })),
    startsAt: zonedInputToOffsetDateTime(values.startsAt, values.timeZone) ?? '',
    endsAt: zonedInputToOffsetDateTime(values.endsAt, values.timeZone) ?? '',
    timeZone: values.timeZone,
    format: values.format,
    meetingUrl: hasLink(values.format) ? orNull(values.meetingUrl) : null,
    venue: hasVenue(values.format) ? orNull(values.venue) : null,
    address: hasVenue(values.format) ? orNull(values.address) : null,
    room: hasVenue(values.format) ? orNull(values.room) : null,
    capacity: values.capacity.trim() ? Number(values.capacity) : null,
    registrationRequired: values.registrationRequired,
  };
}

/** What the form checks in each field before sending; the server checks the rest (a link that is no web address, …). */
export function sessionValuesSchema(t: TFunction) {
  const required = t('validation.required');
  return z
    .object({
      moduleId: z.string({ error: required }).min(1, required),
      title: z.string().trim().min(1, required),
      description: z.string(),
      speakers: z.array(z.object({ key: z.string(), name: z.string(), position: z.string(), bio: z.string() })),
      startsAt: z.string({ error: required }).min(1, required),
      endsAt: z.string({ error: required }).min(1, required),
      timeZone: z.string().refine(isTimeZone, t('schedule.form.unknownZone')),
      format: z.enum(SESSION_FORMATS),
      meetingUrl: z.string(),
      venue: z.string(),
      address: z.string(),
      room: z.string(),
      capacity: z
        .string()
        .refine((value) => !value.trim() || (Number.isInteger(Number(value)) && Number(value) >= 1), t('schedule.form.capacityMin')),
      registrationRequired: z.boolean(),
    });
}

/** Checks between fields, made even when others fail (zod skips an object's refinements then). */
export function crossFieldErrors(values: SessionValues, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  const required = t('validation.required');
  if (hasLink(values.format) && !values.meetingUrl.trim()) errors.meetingUrl = required;
  if (hasVenue(values.format) && !values.venue.trim()) errors.venue = required;
  values.speakers.forEach((speaker, index) => {
    if (!speaker.name.trim() && (speaker.position.trim() || speaker.bio.trim())) errors[`speakers.${index}.name`] = required;
  });
  if (values.startsAt && values.endsAt && values.endsAt <= values.startsAt) errors.endsAt = t('schedule.form.endsBeforeStart');
  return errors;
}

/** Whether the planned days fall outside the program's dates (`YYYY-MM-DD`; either may be unknown). */
export function outsideDates(values: Pick<SessionValues, 'startsAt' | 'endsAt'>, startsOn: string | null, endsOn: string | null): boolean {
  const start = values.startsAt?.slice(0, 10);
  const end = values.endsAt?.slice(0, 10);
  return Boolean((startsOn && start && start < startsOn) || (endsOn && end && end > endsOn));
}
