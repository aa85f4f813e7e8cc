import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useFullscreenElement } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatDateTime } from '../../../lib/dates';
import { useCheckInCode } from '../api/get-check-in-code';
import type { CheckInCode } from '../api/schemas';
import { AccessProblem } from '../components/AccessProblem';
import { addressToType, svgDataUri } from '../components/qr-image';
import { useNow } from '../components/use-now';
import { sessionIdParam } from '../components/session-id';
import './check-in-screen.css';

/** The window's state as the room should read it: open, not yet (with when), or over. */
function windowText(code: CheckInCode, now: number, t: TFunction, language: string | undefined) {
  if (code.open) return t('attendance.screen.open');
  if (now < Date.parse(code.opensAt)) return t('attendance.screen.opensAt', { time: formatDateTime(code.opensAt, language) });
  return t('attendance.screen.closed');
}

/**
 * `/manage/sessions/:id/check-in`: what the trainer puts on the projector. The six digits very large
 * with their QR code on a dark, high-contrast panel that can fill the screen; a new code is fetched
 * the moment the old one rotates.
 */
export function CheckInScreenRoute({ sessionTitle }: { sessionTitle: string | undefined }) {
  const { t, i18n } = useTranslation();
  const sessionId = sessionIdParam(useParams().id);
  const query = useCheckInCode(sessionId);
  const { ref, toggle, fullscreen } = useFullscreenElement<HTMLDivElement>();
  const now = useNow();

  if (!Number.isInteger(sessionId)) return <AccessProblem status={404} />;
  if (query.isError) return <AccessProblem error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Loading />;
  const code = query.data;
  const seconds = Math.max(0, Math.ceil((Date.parse(code.validUntil) - now) / 1000));
  const address = addressToType(code.checkInUrl);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <PageTitle mb={0}>{t('attendance.screen.pageTitle', { title: sessionTitle ?? '' })}</PageTitle>
        <Group gap="xs">
          <Button variant="default" component={Link} to={`/manage/sessions/${sessionId}/attendance`}>
            {t('attendance.screen.toRegister')}
          </Button>
          <Button onClick={() => void toggle()}>
            {fullscreen ? t('attendance.screen.exitFullscreen') : t('attendance.screen.fullscreen')}
          </Button>
        </Group>
      </Group>
      <Box ref={ref} className="check-in-screen" data-testid="check-in-screen">
        {fullscreen && (
          <Button className="check-in-screen-exit" variant="white" color="dark" onClick={() => void toggle()}>
            {t('attendance.screen.exitFullscreen')}
          </Button>
        )}
        <Stack gap="lg" align="center" ta="center">
          {sessionTitle && (
            <Title order={2} className="check-in-screen-title">
              {sessionTitle}
            </Title>
          )}
          <Text className="check-in-screen-state" data-open={code.open} role="status">
            {windowText(code, now, t, i18n.resolvedLanguage)}
          </Text>
          <Group justify="center" align="center" gap="xl" wrap="wrap">
            <Stack gap="xs" align="center">
              <Text className="check-in-screen-label">{t('attendance.screen.codeLabel')}</Text>
              <Text className="check-in-screen-code" data-testid="check-in-code" aria-label={code.code.split('').join(' ')}>
                {code.code}
              </Text>
              <Text className="check-in-screen-countdown">{t('attendance.screen.rotatesIn', { count: seconds })}</Text>
            </Stack>
            <img className="check-in-screen-qr" src={svgDataUri(code.qrSvg)} alt={t('attendance.screen.qrAlt', { url: code.checkInUrl })} />
          </Group>
          <Stack gap={4} align="center">
            <Text className="check-in-screen-label">{t('attendance.screen.typeAddress')}</Text>
            <Text className="check-in-screen-address">{address}</Text>
          </Stack>
          <Text className="check-in-screen-label">
            {t('attendance.screen.window', {
              opens: formatDateTime(code.opensAt, i18n.resolvedLanguage),
              closes: formatDateTime(code.closesAt, i18n.resolvedLanguage),
            })}
          </Text>
        </Stack>
      </Box>
    </Stack>
  );
}
