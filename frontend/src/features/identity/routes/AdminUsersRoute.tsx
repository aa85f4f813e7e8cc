import { Group, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useAdminUsers } from '../api/get-admin-users';
import { useMe } from '../api/get-me';
import { ROLES, roleSchema, type AdminUser } from '../api/schemas';
import { AdminUsersTable } from '../components/AdminUsersTable';
import { ConfirmStatusModal } from '../components/ConfirmStatusModal';
import { EditRolesModal } from '../components/EditRolesModal';
import { PasswordLinkModal } from '../components/PasswordLinkModal';
import { RequireAuth } from '../components/RequireAuth';

export const ADMIN_USERS_PAGE_SIZE = 20;
const SEARCH_DEBOUNCE_MS = 300;

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
  const [params, setParams] = useSearchParams();
  const role = roleSchema.safeParse(params.get('role')).data;
  const enabledParam = params.get('enabled');
  const enabled = enabledParam === 'true' ? true : enabledParam === 'false' ? false : undefined;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const q = params.get('q') ?? '';

  const [search, setSearch] = useState(q);
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [toggling, setToggling] = useState<AdminUser | null>(null);
  const [linking, setLinking] = useState<AdminUser | null>(null);

  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if (debouncedSearch.trim() !== q) setParam('q', debouncedSearch.trim());
    // Only the debounced input drives this effect; URL changes must not echo back into it.
  }, [debouncedSearch]);

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
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
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
              <Pagination
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
