import { z } from 'zod';

/** The contract says `null`; the server may also omit the property, which means the same. */
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const SESSION_FORMATS = ['online', 'in_person', 'hybrid'] as const;
export const SESSION_STATUSES = ['scheduled', 'live', 'completed', 'cancelled'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const speakerSchema = z.object({
  name: z.string(),
  position: nullable(z.string()),
  bio: nullable(z.string()),
});
export type Speaker = z.infer<typeof speakerSchema>;

/** A session as the viewer may see it (SessionView): times in the session's own zone, with its offset. */
export const sessionSchema = z.object({
  id: z.number(),
  programId: z.number(),
  moduleId: z.number(),
  title: z.string(),
  description: z.string().nullish().transform((value) => value ?? ''),
  speakers: z.array(speakerSchema),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  format: z.enum(SESSION_FORMATS),
  /** Only for the program's managers, and for its admitted participants from `meetingUrlAvailableAt` to the end. */
  meetingUrl: nullable(z.string()),
  /** When an admitted participant gets the link; null for everyone else. */
  meetingUrlAvailableAt: nullable(z.string()),
  venue: nullable(z.string()),
  address: nullable(z.string()),
  room: nullable(z.string()),
  capacity: nullable(z.number()),
  registrationRequired: z.boolean(),
  status: z.enum(SESSION_STATUSES),
  cancellationReason: nullable(z.string()),
  registered: z.number(),
  waitlisted: z.number(),
  myRegistration: nullable(z.enum(['registered', 'waitlisted'])),
  /** Editors are warned; the server accepts it (a kick-off, a make-up session). */
  outsideProgramDates: z.boolean(),
  version: z.number(),
});
export type Session = z.infer<typeof sessionSchema>;

/** The body of `POST …/modules/{moduleId}/sessions` and (with `version`) `PUT /api/sessions/{id}`. */
export interface SessionRequest {
  title: string;
  description: string;
  speakers: Speaker[];
  startsAt: string;
  endsAt: string;
  timeZone: string;
  format: SessionFormat;
  meetingUrl: string | null;
  venue: string | null;
  address: string | null;
  room: string | null;
  capacity: number | null;
  registrationRequired: boolean;
}

export const scheduleQueryKey = ['schedule'] as const;
export const sessionQueryKey = (id: number) => ['schedule', 'session', id] as const;
export const programSessionsQueryKey = (programId: number) => ['schedule', 'program', programId] as const;
export const mySessionsQueryKey = ['schedule', 'mine'] as const;
export const calendarFeedQueryKey = ['schedule', 'feed'] as const;

export const calendarFeedSchema = z.object({ url: z.string() });
