import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useProgramSessions } from '../api/get-program-sessions';
import type { Session } from '../api/schemas';
import { SessionBadges, usePlace } from '../components/SessionBadges';
import { SessionForm } from '../components/SessionForm';
import { CancelSessionModal, DeleteSessionModal } from '../components/SessionModals';
import { useSessionTime } from '../components/session-time';
import type { ScheduledProgram } from '../viewer';

const EDIT_PARAM = 'session';

/**
 * The Sessions tab of a program's workspace: its sessions by module in time order with their
 * registrations, and the form to schedule or edit one (`?session=new` or `?session=<id>`).
 */
export function SessionsRoute({ program, sessionLinks }: { program: ScheduledProgram; sessionLinks?: (session: Session) => ReactNode }) {
  const { t } = useTranslation();
  const sessions = useProgramSessions(program.id);
  const [params, setParams] = useSearchParams();
  const [cancelling, setCancelling] = useState<Session | null>(null);
  const [deleting, setDeleting] = useState<Session | null>(null);
  const editing = params.get(EDIT_PARAM);
  const edit = (value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === null) next.delete(EDIT_PARAM);
      else next.set(EDIT_PARAM, value);
      return next;
    });

  if (sessions.isPending) return <Loading />;
  if (sessions.isError) return <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />;

  if (editing !== null) {
    const session = editing === 'new' ? null : sessions.data.find((item) => String(item.id) === editing);
    if (session === undefined) return <ErrorAlert error={null} message={t('schedule.tab.notFound')} />;
    return (
      <Stack gap="md">
        <Anchor component="button" type="button" size="sm" onClick={() => edit(null)} style={{ alignSelf: 'flex-start' }}>
          ← {t('schedule.tab.backToList')}
        </Anchor>
        <PageTitle mb={0} id="session-form-title">
          {session ? t('schedule.form.editTitle', { title: session.title }) : t('schedule.form.newTitle', { title: program.title })}
        </PageTitle>
        <SessionForm key={editing} program={program} session={session} onDone={() => edit(null)} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <PageTitle mb={0}>{t('schedule.tab.title', { title: program.title })}</PageTitle>
        {program.modules.length > 0 && <Button onClick={() => edit('new')}>{t('schedule.tab.add')}</Button>}
      </Group>
      {program.modules.length === 0 && <Alert variant="light">{t('schedule.tab.noModules')}</Alert>}
      {program.modules.map((module, index) => {
        const ofModule = sessions.data.filter((session) => session.moduleId === module.id);
        const headingId = `module-${module.id}-sessions`;
        return (
          <section key={module.id} aria-labelledby={headingId}>
            <Title order={2} fz="h4" id={headingId} mb="xs">
              {t('schedule.tab.moduleHeading', { n: index + 1, title: module.title })}
            </Title>
            {ofModule.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('schedule.tab.noSessions')}
              </Text>
            ) : (
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
                {ofModule.map((session) => (
                  <SessionRow
                    key={session.id}
                    session={session}
                    onEdit={() => edit(String(session.id))}
                    onCancel={() => setCancelling(session)}
                    onDelete={() => setDeleting(session)}
                    links={sessionLinks?.(session)}
                  />
                ))}
              </Stack>
            )}
          </section>
        );
      })}
      <CancelSessionModal session={cancelling} onClose={() => setCancelling(null)} />
      <DeleteSessionModal session={deleting} onClose={() => setDeleting(null)} onCancelInstead={setCancelling} />
    </Stack>
  );
}

interface SessionRowProps {
  session: Session;
  onEdit: () => void;
  onCancel: () => void;
  onDelete: () => void;
  /** Other screens of the session (its check-in and register), composed by `src/app`. */
  links?: ReactNode;
}

function SessionRow({ session, onEdit, onCancel, onDelete, links }: SessionRowProps) {
  const { t } = useTranslation();
  const time = useSessionTime();
  const place = usePlace();
  const open = session.status === 'scheduled' || session.status === 'live';
  return (
    <Card component="li" withBorder padding="md" data-testid="session-row">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {time.when(session)}
        </Text>
        <Anchor component={Link} to={`/sessions/${session.id}`} fw={700}>
          {session.title}
        </Anchor>
        <Text size="sm">{place(session)}</Text>
        <Group gap={6}>
          <SessionBadges session={session} />
          {session.outsideProgramDates && (
            <Badge color="yellow" variant="light">
              {t('schedule.tab.outsideProgramDates')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {session.capacity === null
            ? t('schedule.tab.registeredUnlimited', { registered: session.registered })
            : t('schedule.tab.registeredOf', { registered: session.registered, capacity: session.capacity })}
          {session.waitlisted > 0 && ` · ${t('schedule.tab.waitlisted', { count: session.waitlisted })}`}
        </Text>
        {session.status === 'cancelled' && session.cancellationReason && (
          <Text size="sm">{t('schedule.tab.cancelledBecause', { reason: session.cancellationReason })}</Text>
        )}
        <Group gap="xs">
          <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={t('schedule.tab.editFor', { title: session.title })}>
            {t('schedule.tab.edit')}
          </Button>
          {open && (
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              onClick={onCancel}
              aria-label={t('schedule.tab.cancelFor', { title: session.title })}
            >
              {t('schedule.tab.cancel')}
            </Button>
          )}
          {session.registered + session.waitlisted === 0 && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={onDelete}
              aria-label={t('schedule.tab.deleteFor', { title: session.title })}
            >
              {t('schedule.tab.delete')}
            </Button>
          )}
          {links}
        </Group>
      </Stack>
    </Card>
  );
}
