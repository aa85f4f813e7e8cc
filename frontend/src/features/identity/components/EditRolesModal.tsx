import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { optionAria } from '../../../lib/form/group-aria';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { useLastDefined } from '../../../lib/use-last-defined';
import { ROLES, roleSchema, type AdminUser } from '../api/schemas';
import { useUpdateUserRoles } from '../api/update-user-roles';

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
  const groupId = useId();
  const form = useForm({
    initialValues: { roles: user.roles },
    validate: schemaResolver(z.object({ roles: z.array(roleSchema).min(1, t('adminUsers.atLeastOneRole')) }), { sync: true }),
  });
  const feedback = useFormFeedback(form, update.error);
  const label = t('adminUsers.colRoles');

  return (
    <form
      noValidate
      onSubmit={feedback.onSubmit(({ roles }) =>
        update.mutate(
          { id: user.id, roles },
          {
            onSuccess: (saved) => {
              notifications.show({ message: t('adminUsers.rolesSaved', { name: saved.fullName }), color: 'teal' });
              onClose();
            },
          },
        ),
      )}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('adminUsers.rolesDescription', { name: user.fullName, email: user.email })}
        </Text>
        <FormErrorSummary {...feedback.summary} label={(path) => (path === 'roles' ? label : undefined)} />
        <Checkbox.Group id={groupId} label={label} withAsterisk {...form.getInputProps('roles')}>
          <Stack gap="xs" mt="xs">
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`roles.${role}`)} {...optionAria(groupId, form.errors.roles)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
