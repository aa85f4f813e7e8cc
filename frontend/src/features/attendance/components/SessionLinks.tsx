import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNow } from './use-now';

/** The server opens check-in this long before the start by default (`CIVITAS_CHECK_IN_OPENS_BEFORE`); it has the last word. */
const OPENS_BEFORE_MS = 15 * 60_000;

interface CheckInButtonProps {
  sessionId: number;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
}

/** "Check in" for an admitted participant while the session's check-in is open; nothing otherwise. */
export function CheckInButton({ sessionId, startsAt, endsAt, cancelled }: CheckInButtonProps) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const open = !cancelled && now >= Date.parse(startsAt) - OPENS_BEFORE_MS && now < Date.parse(endsAt);
  if (!open) return null;
  return (
    <Button component={Link} to={`/sessions/${sessionId}/check-in`} color="teal" style={{ alignSelf: 'flex-start' }}>
      {t('attendance.links.checkIn')}
    </Button>
  );
}

/** A session's check-in screen and register, for the program's staff. */
export function SessionStaffLinks({ sessionId, title }: { sessionId: number; title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        component={Link}
        to={`/manage/sessions/${sessionId}/check-in`}
        size="compact-sm"
        variant="light"
        aria-label={t('attendance.links.codeFor', { title })}
      >
        {t('attendance.links.code')}
      </Button>
      <Button
        component={Link}
        to={`/manage/sessions/${sessionId}/attendance`}
        size="compact-sm"
        variant="light"
        aria-label={t('attendance.links.registerFor', { title })}
      >
        {t('attendance.links.register')}
      </Button>
    </>
  );
}
