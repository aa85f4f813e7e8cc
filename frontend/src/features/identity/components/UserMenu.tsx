import { Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/error-message';
import { useLogout } from '../api/logout';
import type { Me } from '../api/schemas';
import { CHANGE_PASSWORD_PATH } from './PasswordChangeGate';

/** The page of the person's account and notification preferences (composed in src/app). */
const PROFILE_PATH = '/profile';

/** The signed-in person's name with a menu holding "Profile", "Change password" and "Sign out". */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();

  const onLogout = () =>
    logout.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ message: t('auth.signedOut'), color: 'teal' });
        void navigate('/');
      },
      onError: (error) => notifications.show({ message: errorMessage(error, t), color: 'red' }),
    });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          aria-label={t('nav.accountMenu', { name: me.fullName })}
          loading={logout.isPending}
          maw={{ base: 100, sm: 260 }}
        >
          <Text span truncate fw={500} size="sm" visibleFrom="sm">
            {me.fullName}
          </Text>
          {/* a phone's header has room for the given name only (the label holds the full name) */}
          <Text span truncate fw={500} size="sm" hiddenFrom="sm" maw={80}>
            {me.givenName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t('nav.signedInAs')} {me.email}
        </Menu.Label>
        <Menu.Item component={Link} to={PROFILE_PATH}>
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to={CHANGE_PASSWORD_PATH}>
          {t('nav.changePassword')}
        </Menu.Item>
        <Menu.Item onClick={onLogout}>{t('nav.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
