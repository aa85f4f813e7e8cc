import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationStatus, MyProgram } from '../api/schemas';
import { ApplicationStatusBadge } from './StatusBadge';

/** Applications still in play: the person may withdraw them, and may not apply again while one stands. */
const ACTIVE_STATUSES: readonly ApplicationStatus[] = ['submitted', 'waitlisted', 'admitted'];

export const isActive = (application: MyProgram) => ACTIVE_STATUSES.includes(application.status);

/** The viewer's own application to a program: its status, what it means, and where to follow it. */
export function ApplicationStanding({ application, children }: { application: MyProgram; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="application-standing">
      <Stack gap="xs" align="flex-start">
        <Group gap="xs">
          <Text fw={600} id="application-standing">
            {t('enrollment.standing.title')}
          </Text>
          <ApplicationStatusBadge status={application.status} />
        </Group>
        <Text size="sm">{t(`enrollment.standing.${application.status}`)}</Text>
        {children}
        <Anchor component={Link} to="/my-programs" size="sm">
          {t('enrollment.goToMyPrograms')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
