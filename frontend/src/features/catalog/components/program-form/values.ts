import type { TFunction } from 'i18next';
import { z } from 'zod';
import { formPath } from '../../../../lib/form/server-errors';
import {
  durationSchema,
  programLanguageSchema,
  programTypeSchema,
  type Program,
  type ProgramRequest,
} from '../../api/schemas';
import { instantToKyivInput, kyivInputToInstant } from '../format';

export const TITLE_MIN = 3;
export const TITLE_MAX = 300;
export const HOURS_MIN = 1;
export const HOURS_MAX = 2000;
export const MAKE_UP_MIN = 1;
export const MAKE_UP_MAX = 100;
/** What the share starts at when recordings are switched on. */
export const MAKE_UP_DEFAULT = 80;

let nextKey = 1;
/** Rows need a stable React key that survives removals above them. */
export const newRowKey = () => nextKey++;

export interface PartnerRow {
  key: number;
  name: string;
  url: string;
}
export interface OutcomeRow {
  key: number;
  text: string;
}

/** What the program form edits: numbers as typed, dates as the date fields hold them (Kyiv wall time). */
export interface ProgramValues {
  title: string;
  description: string;
  provider: string;
  programType: Program['programType'];
  duration: Program['duration'];
  hours: string;
  language: Program['language'];
  startsOn: string | null;
  endsOn: string | null;
  enrollmentOpensAt: string | null;
  enrollmentClosesAt: string | null;
  capacity: string;
  /** Whether watching a recording counts as attending a missed session, and how much of it. */
  recordingMakeUp: boolean;
  recordingMakeUpPercent: string;
  partners: PartnerRow[];
  learningOutcomes: OutcomeRow[];
}

export function initialProgramValues(program: Program | null): ProgramValues {
  return {
    title: program?.title ?? '',
    description: program?.description ?? '',
    provider: program?.provider ?? '',
    programType: program?.programType ?? 'special',
    duration: program?.duration ?? 'short_term',
    hours: program ? String(program.hours) : '',
    language: program?.language ?? 'uk',
    startsOn: program?.startsOn ?? null,
    endsOn: program?.endsOn ?? null,
    enrollmentOpensAt: instantToKyivInput(program?.enrollmentOpensAt ?? null),
    enrollmentClosesAt: instantToKyivInput(program?.enrollmentClosesAt ?? null),
    capacity: program?.capacity == null ? '' : String(program.capacity),
    recordingMakeUp: program?.recordingMakeUpPercent != null,
    recordingMakeUpPercent: String(program?.recordingMakeUpPercent ?? MAKE_UP_DEFAULT),
    partners: (program?.partners ?? []).map((partner) => ({ key: newRowKey(), name: partner.name, url: partner.url ?? '' })),
    learningOutcomes: (program?.learningOutcomes ?? []).map((text) => ({ key: newRowKey(), text })),
  };
}

const toNumber = (value: string): number | null => {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
};
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const isWholeIn = (value: number | null, min: number, max = Number.MAX_SAFE_INTEGER) =>
  value !== null && Number.isInteger(value) && value >= min && value <= max;

/** Blank partner and outcome rows are not sent. */
const sentPartners = (values: ProgramValues) =>
  values.partners.filter((partner) => partner.name.trim() !== '' || partner.url.trim() !== '');
const sentOutcomes = (values: ProgramValues) => values.learningOutcomes.filter((outcome) => outcome.text.trim() !== '');

export function hoursOf(values: ProgramValues): number | null {
  return toNumber(values.hours);
}

export function toProgramRequest(values: ProgramValues): ProgramRequest {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    provider: values.provider.trim(),
    partners: sentPartners(values).map((partner) => ({ name: partner.name.trim(), url: orNull(partner.url) })),
    programType: values.programType,
    duration: values.duration,
    hours: toNumber(values.hours),
    learningOutcomes: sentOutcomes(values).map((outcome) => outcome.text.trim()),
    language: values.language,
    enrollmentOpensAt: kyivInputToInstant(values.enrollmentOpensAt),
    enrollmentClosesAt: kyivInputToInstant(values.enrollmentClosesAt),
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
    capacity: toNumber(values.capacity),
    recordingMakeUpPercent: values.recordingMakeUp ? toNumber(values.recordingMakeUpPercent) : null,
  };
}

/**
 * The server counts partner and outcome indexes in the sent list, without the blank rows; the form
 * counts every row. Maps e.g. `partners[1].name` to the form path of the second non-blank row.
 */
export function programFormPath(values: ProgramValues) {
  const rows = { partners: values.partners, learningOutcomes: values.learningOutcomes };
  const sent = { partners: sentPartners(values), learningOutcomes: sentOutcomes(values) };
  return (serverField: string): string => {
    const match = /^(partners|learningOutcomes)\[(\d+)\](.*)$/.exec(serverField);
    if (!match) return formPath(serverField);
    const list = match[1] as keyof typeof rows;
    const row = sent[list][Number(match[2])];
    const index = row ? rows[list].indexOf(row as never) : -1;
    return index < 0 ? formPath(serverField) : `${list}.${index}${formPath(match[3] ?? '')}`;
  };
}

/** The checks made before sending; the server repeats them and has the last word. */
export function programSchema(t: TFunction) {
  const required = t('validation.required');
  const titleLength = t('catalog.form.titleLength', { min: TITLE_MIN, max: TITLE_MAX });
  return z
    .object({
      title: z.string().trim().min(1, required).min(TITLE_MIN, titleLength).max(TITLE_MAX, titleLength),
      description: z.string(),
      provider: z.string().trim().min(1, required),
      programType: programTypeSchema,
      duration: durationSchema,
      hours: z
        .string()
        .trim()
        .min(1, required)
        .refine((hours) => isWholeIn(toNumber(hours), HOURS_MIN, HOURS_MAX), t('catalog.form.hoursRange', { min: HOURS_MIN, max: HOURS_MAX })),
      language: programLanguageSchema,
      startsOn: z.string().nullable(),
      endsOn: z.string().nullable(),
      enrollmentOpensAt: z.string().nullable(),
      enrollmentClosesAt: z.string().nullable(),
      capacity: z.string().refine((capacity) => capacity.trim() === '' || isWholeIn(toNumber(capacity), 1), t('catalog.form.capacityMin')),
      recordingMakeUp: z.boolean(),
      recordingMakeUpPercent: z.string(),
      partners: z.array(
        z
          .object({ key: z.number(), name: z.string(), url: z.string() })
          .refine((partner) => partner.url.trim() === '' || partner.name.trim() !== '', { path: ['name'], message: required })
          .refine((partner) => partner.url.trim() === '' || /^https?:\/\/\S+$/i.test(partner.url.trim()), {
            path: ['url'],
            message: t('catalog.form.urlHttp'),
          }),
      ),
      learningOutcomes: z.array(z.object({ key: z.number(), text: z.string() })),
    })
    .refine((values) => !values.recordingMakeUp || isWholeIn(toNumber(values.recordingMakeUpPercent), MAKE_UP_MIN, MAKE_UP_MAX), {
      path: ['recordingMakeUpPercent'],
      message: t('catalog.form.makeUpRange', { min: MAKE_UP_MIN, max: MAKE_UP_MAX }),
    })
    .refine((values) => !values.startsOn || !values.endsOn || values.endsOn >= values.startsOn, {
      path: ['endsOn'],
      message: t('catalog.form.endsBeforeStart'),
    })
    .refine(
      (values) => {
        const opens = kyivInputToInstant(values.enrollmentOpensAt);
        const closes = kyivInputToInstant(values.enrollmentClosesAt);
        return !opens || !closes || closes > opens;
      },
      { path: ['enrollmentClosesAt'], message: t('catalog.form.closesBeforeOpens') },
    );
}
