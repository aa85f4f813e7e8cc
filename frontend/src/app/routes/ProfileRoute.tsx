import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { useMe } from '../../features/identity/api/get-me';
import { CHANGE_PASSWORD_PATH } from '../../features/identity/components/PasswordChangeGate';
import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { NotificationPreferences } from '../../features/notifications/components/NotificationPreferences';

/** `/profile` (signed in): the account, and which messages the person gets in which language. */
export function ProfileRoute() {
  return (
    <RequireAuth>
      <Profile />
    </RequireAuth>
  );
}

function Profile() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  return (
    <Stack gap="lg">
      <PageTitle mb={0}>{t('profile.title')}</PageTitle>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="profile-account">
        <Title order={2} fz="h3" id="profile-account" mb="sm">
          {t('profile.account')}
        </Title>
        <Stack gap={6}>
          <Text fw={600}>{me.fullName}</Text>
          <Group gap="xs">
            <Text style={{ overflowWrap: 'anywhere' }}>{me.email}</Text>
            <Badge color={me.emailVerified ? 'teal' : 'yellow'} variant="light" tt="none">
              {me.emailVerified ? t('profile.verified') : t('profile.notVerified')}
            </Badge>
          </Group>
          <Anchor component={Link} to={CHANGE_PASSWORD_PATH} w="fit-content">
            {t('nav.changePassword')}
          </Anchor>
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="profile-notifications">
        <Title order={2} fz="h3" id="profile-notifications" mb={4}>
          {t('profile.notifications')}
        </Title>
        <Text c="dimmed" size="sm" mb="md">
          {t('profile.notificationsLead')}
        </Text>
        <NotificationPreferences />
      </Paper>
    </Stack>
  );
}
