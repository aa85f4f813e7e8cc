import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../api/schemas';

const COLORS: Record<Role, string> = { learner: 'blue', trainer: 'grape', admin: 'orange' };

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const sorted = ROLES.filter((role) => roles.includes(role));
  return (
    <Group gap={4}>
      {sorted.map((role) => (
        <Badge key={role} color={COLORS[role]} variant="light" tt="none">
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
