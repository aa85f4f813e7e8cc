import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Pager } from '../../../components/Pager';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useAdminUsers } from '../api/get-admin-users';
import { useMe } from '../api/get-me';
import { ROLES, roleSchema, type AdminUser } from '../api/schemas';
import { AdminUsersTable } from '../components/AdminUsersTable';
import { ConfirmStatusModal } from '../components/ConfirmStatusModal';
import { EditRolesModal } from '../components/EditRolesModal';
import { PasswordLinkModal } from '../components/PasswordLinkModal';
import { RequireAuth } from '../components/RequireAuth';

export const ADMIN_USERS_PAGE_SIZE = 20;

export function AdminUsersRoute() {
  return (
    <RequireAuth role="admin">
      <AdminUsers />
    </RequireAuth>
  );
}

/** Filters live in the URL so that reload, back and shared links keep them. */
function AdminUsers() {
  const { t } = useTranslation();
  const me = useMe();
  const { params, page, setParam, texts, setText } = useUrlFilters(['q']);
  const role = roleSchema.safeParse(params.get('role')).data;
  const enabledParam = params.get('enabled');
  const enabled = enabledParam === 'true' ? true : enabledParam === 'false' ? false : undefined;
  const q = params.get('q') ?? '';

  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [toggling, setToggling] = useState<AdminUser | null>(null);
  const [linking, setLinking] = useState<AdminUser | null>(null);

  const users = useAdminUsers({ q, role, enabled, page: page - 1, size: ADMIN_USERS_PAGE_SIZE });

  return (
    <Stack gap="md">
      <div>
        <PageTitle mb={4}>{t('adminUsers.title')}</PageTitle>
        <Text c="dimmed">{t('adminUsers.lead')}</Text>
      </div>

      <Group align="flex-end" gap="md" role="search">
        <TextInput
          type="search"
          label={t('adminUsers.search')}
          placeholder={t('adminUsers.searchPlaceholder')}
          value={texts.q}
          onChange={(event) => setText('q', event.currentTarget.value)}
          style={{ flex: '1 1 280px' }}
        />
        <Select
          label={t('adminUsers.role')}
          data={[
            { value: '', label: t('adminUsers.anyRole') },
            ...ROLES.map((value) => ({ value, label: t(`roles.${value}`) })),
          ]}
          value={role ?? ''}
          onChange={(value) => setParam('role', value ?? undefined)}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={t('adminUsers.status')}
          data={[
            { value: '', label: t('adminUsers.anyStatus') },
            { value: 'true', label: t('adminUsers.active') },
            { value: 'false', label: t('adminUsers.disabled') },
          ]}
          value={enabledParam === 'true' || enabledParam === 'false' ? enabledParam : ''}
          onChange={(value) => setParam('enabled', value ?? undefined)}
          allowDeselect={false}
          w={180}
        />
      </Group>

      {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      {users.isPending && <Loading />}
      {users.data && (
        <>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('adminUsers.total', { count: users.data.totalItems })}
          </Text>
          {users.data.items.length === 0 ? (
            <Text py="lg">{t('adminUsers.empty')}</Text>
          ) : (
            <div style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }} aria-busy={users.isFetching}>
              <AdminUsersTable
                users={users.data.items}
                currentUserId={me.data?.id}
                onEditRoles={setEditing}
                onToggleEnabled={setToggling}
                onPasswordLink={setLinking}
              />
            </div>
          )}
          {users.data.totalPages > 1 && (
            <nav aria-label={t('adminUsers.pages')}>
              <Pager
                total={users.data.totalPages}
                value={page}
                onChange={(value) => setParam('page', String(value))}
              />
            </nav>
          )}
        </>
      )}

      <EditRolesModal user={editing} onClose={() => setEditing(null)} />
      <ConfirmStatusModal user={toggling} onClose={() => setToggling(null)} />
      <PasswordLinkModal user={linking} onClose={() => setLinking(null)} />
    </Stack>
  );
}
