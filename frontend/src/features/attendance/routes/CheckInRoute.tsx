import { Alert, Anchor, Button, Paper, PinInput, Stack, Text } from '@mantine/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { errorMessage } from '../../../lib/error-message';
import { isApiError } from '../../../lib/problem';
import { useCheckIn } from '../api/check-in';
import { AccessProblem } from '../components/AccessProblem';
import { sessionIdParam } from '../components/session-id';

const CODE_LENGTH = 6;

/** The digits of `?code=` (the QR code's link), or nothing when it is not a code. */
function codeFromQuery(value: string | null): string {
  return value && /^\d{6}$/.test(value) ? value : '';
}

/**
 * `/sessions/:id/check-in?code=…`, where the QR code leads: the code from the link (or typed from the
 * screen) marks the learner present, or late. Every refusal is said under the code, where the person
 * is looking.
 */
export function CheckInRoute({ sessionTitle }: { sessionTitle: string | undefined }) {
  const { t } = useTranslation();
  const sessionId = sessionIdParam(useParams().id);
  const [params] = useSearchParams();
  const [code, setCode] = useState(() => codeFromQuery(params.get('code')));
  const [incomplete, setIncomplete] = useState(false);
  const checkIn = useCheckIn();
  const errorId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);

  const done = checkIn.data;
  useEffect(() => {
    if (done) resultRef.current?.focus();
  }, [done]);

  if (!Number.isInteger(sessionId)) return <AccessProblem status={404} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.length !== CODE_LENGTH) {
      setIncomplete(true);
      pinRef.current?.focus();
      return;
    }
    setIncomplete(false);
    checkIn.mutate(
      { sessionId, code },
      {
        onError: (error) => {
          // A wrong or old code: clear it so the next one can be typed at once.
          if (isApiError(error) && error.fieldErrors.code) {
            setCode('');
            pinRef.current?.focus();
          }
        },
      },
    );
  };

  const error = checkIn.error;
  const codeError = incomplete ? t('attendance.checkIn.incomplete') : isApiError(error) ? error.fieldErrors.code : undefined;
  const retry = isApiError(error) && error.status === 429 ? error.retryAfterSeconds : undefined;
  const refusal =
    error && !codeError
      ? isApiError(error) && error.status === 429
        ? retry === undefined
          ? t('attendance.checkIn.tooManyLater')
          : t('attendance.checkIn.tooMany', { count: Math.max(1, Math.ceil(retry / 60)) })
        : errorMessage(error, t)
      : undefined;
  const backToSession = (
    <Anchor component={Link} to={`/sessions/${sessionId}`}>
      {t('attendance.checkIn.toSession')}
    </Anchor>
  );

  return (
    <Stack gap="lg" maw={560}>
      <Stack gap={4}>
        <PageTitle mb={0}>{t('attendance.checkIn.title')}</PageTitle>
        {sessionTitle && <Text size="lg">{sessionTitle}</Text>}
      </Stack>
      {done ? (
        <Alert
          ref={resultRef}
          tabIndex={-1}
          color="teal"
          variant="light"
          title={done.status === 'late' ? t('attendance.checkIn.markedLate') : t('attendance.checkIn.markedPresent')}
        >
          <Stack gap="xs">
            <Text size="sm">{t('attendance.checkIn.thanks')}</Text>
            {backToSession}
          </Stack>
        </Alert>
      ) : (
        <Paper withBorder radius="md" p="lg" component="form" onSubmit={submit} noValidate>
          <Stack gap="md">
            <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
              <Text component="legend" fw={600} mb="xs">
                {t('attendance.checkIn.codeLabel')}
              </Text>
              <Text size="sm" c="dimmed" mb="sm">
                {t('attendance.checkIn.codeHint')}
              </Text>
              <PinInput
                ref={pinRef}
                length={CODE_LENGTH}
                type="number"
                size="lg"
                gap="xs"
                value={code}
                onChange={(value) => {
                  setCode(value);
                  setIncomplete(false);
                }}
                error={Boolean(codeError)}
                // Mantine's own aria props would come from an Input.Wrapper (one id for six inputs): each digit says it itself.
                getInputProps={(index) => ({
                  withAria: false,
                  'aria-invalid': Boolean(codeError),
                  'aria-label': t('attendance.checkIn.digit', { n: index + 1, of: CODE_LENGTH }),
                  'aria-describedby': codeError ? errorId : undefined,
                })}
              />
              {codeError && (
                <Text id={errorId} c="red.8" size="sm" mt="xs" role="alert">
                  {codeError}
                </Text>
              )}
            </fieldset>
            {refusal && (
              <Alert color="red" variant="light" title={t('attendance.checkIn.refused')} role="alert">
                {refusal}
              </Alert>
            )}
            <Button type="submit" size="md" loading={checkIn.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('attendance.checkIn.submit')}
            </Button>
            {backToSession}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
