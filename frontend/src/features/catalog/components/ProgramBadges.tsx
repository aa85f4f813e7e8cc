import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramStatus, ProgramSummary } from '../api/schemas';

export function ProgramTypeBadges({ program }: { program: Pick<ProgramSummary, 'programType' | 'duration' | 'language'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="light" tt="none">
        {t(`catalog.programType.${program.programType}`)}
      </Badge>
      <Badge variant="light" color="grape" tt="none">
        {t(`catalog.duration.${program.duration}`)}
      </Badge>
      <Badge variant="outline" color="gray" tt="none">
        {t(`catalog.language.${program.language}`)}
      </Badge>
    </Group>
  );
}

export function EnrollmentBadge({ open }: { open: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={open ? 'teal' : 'gray'} variant={open ? 'light' : 'outline'} tt="none">
      {open ? t('catalog.enrollmentOpen') : t('catalog.enrollmentClosed')}
    </Badge>
  );
}

const STATUS_COLORS: Record<ProgramStatus, string> = { draft: 'yellow', published: 'teal', archived: 'gray' };

export function StatusBadge({ status }: { status: ProgramStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none">
      {t(`catalog.status.${status}`)}
    </Badge>
  );
}
