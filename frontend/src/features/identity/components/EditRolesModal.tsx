import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ROLES, roleSchema, type AdminUser, type Role } from '../api/schemas';
import { useUpdateUserRoles } from '../api/update-user-roles';
import { useLastDefined } from '../../../lib/use-last-defined';

interface EditRolesModalProps {
  user: AdminUser | null;
  onClose: () => void;
}

export function EditRolesModal({ user: selected, onClose }: EditRolesModalProps) {
  const { t } = useTranslation();
  const user = useLastDefined(selected);
  return (
    <Modal opened={selected !== null} onClose={onClose} title={t('adminUsers.rolesTitle')} centered>
      {/* Keyed so that each opening starts from the user's current roles. */}
      {user && <EditRolesForm key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}

function EditRolesForm({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUserRoles();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [touched, setTouched] = useState(false);
  const empty = roles.length === 0;

  const onSave = () => {
    setTouched(true);
    if (empty) return;
    update.mutate(
      { id: user.id, roles },
      {
        onSuccess: (saved) => {
          notifications.show({ message: t('adminUsers.rolesSaved', { name: saved.fullName }), color: 'teal' });
          onClose();
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('adminUsers.rolesDescription', { name: user.fullName, email: user.email })}
      </Text>
      {update.isError && <ErrorAlert error={update.error} />}
      <Checkbox.Group
        label={t('adminUsers.colRoles')}
        value={roles}
        onChange={(value) => setRoles(value.filter((role) => roleSchema.safeParse(role).success) as Role[])}
        error={touched && empty ? t('adminUsers.atLeastOneRole') : undefined}
      >
        <Stack gap="xs" mt="xs">
          {ROLES.map((role) => (
            <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={onSave} loading={update.isPending} disabled={update.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
