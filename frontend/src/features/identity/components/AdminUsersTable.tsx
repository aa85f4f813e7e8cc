import { Badge, Box, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../api/schemas';
import { RoleBadges } from './RoleBadges';

interface AdminUsersTableProps {
  users: AdminUser[];
  currentUserId: number | undefined;
  onEditRoles: (user: AdminUser) => void;
  onToggleEnabled: (user: AdminUser) => void;
  onPasswordLink: (user: AdminUser) => void;
}

export function AdminUsersTable({
  users,
  currentUserId,
  onEditRoles,
  onToggleEnabled,
  onPasswordLink,
}: AdminUsersTableProps) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'uk-UA', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const formatDate = (iso: string | null) => {
    if (!iso) return t('adminUsers.never');
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
  };

  return (
    <Table.ScrollContainer minWidth={900} className="cards-on-phone">
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('adminUsers.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminUsers.colName')}</Table.Th>
            <Table.Th scope="col">{t('adminUsers.colEmail')}</Table.Th>
            <Table.Th scope="col">{t('adminUsers.colRoles')}</Table.Th>
            <Table.Th scope="col">{t('adminUsers.colStatus')}</Table.Th>
            <Table.Th scope="col">{t('adminUsers.colLastLogin')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('adminUsers.colActions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500}>
                {user.fullName}
                {user.id === currentUserId && (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    ({t('adminUsers.you')})
                  </Text>
                )}
              </Table.Th>
              <Table.Td data-label={t('adminUsers.colEmail')}>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td data-label={t('adminUsers.colRoles')}>
                {/* Badges truncate when squeezed; the roles must stay readable. */}
                <Box miw="max-content">
                  <RoleBadges roles={user.roles} />
                </Box>
              </Table.Td>
              <Table.Td data-label={t('adminUsers.colStatus')}>
                <Group gap={4}>
                  <Badge color={user.enabled ? 'teal' : 'gray'} variant={user.enabled ? 'light' : 'outline'} tt="none">
                    {user.enabled ? t('adminUsers.active') : t('adminUsers.disabled')}
                  </Badge>
                  {!user.passwordSet && (
                    <Badge color="yellow" variant="light" tt="none">
                      {t('identity.passwordLink.notSet')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td data-label={t('adminUsers.colLastLogin')}>
                <Text size="sm">{formatDate(user.lastLoginAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  {user.enabled && (
                    <Button
                      size="compact-sm"
                      variant={user.passwordSet ? 'default' : 'light'}
                      onClick={() => onPasswordLink(user)}
                      aria-label={t('identity.passwordLink.actionFor', { name: user.fullName })}
                    >
                      {t('identity.passwordLink.action')}
                    </Button>
                  )}
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onEditRoles(user)}
                    aria-label={t('adminUsers.editRolesFor', { name: user.fullName })}
                  >
                    {t('adminUsers.editRoles')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="light"
                    color={user.enabled ? 'red' : 'teal'}
                    onClick={() => onToggleEnabled(user)}
                    aria-label={t(user.enabled ? 'adminUsers.disableFor' : 'adminUsers.enableFor', {
                      name: user.fullName,
                    })}
                  >
                    {user.enabled ? t('adminUsers.disable') : t('adminUsers.enable')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
