import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgramSummary } from '../api/schemas';
import { useContentLang } from './content-lang';
import { EnrollmentBadge, ProgramTypeBadges } from './ProgramBadges';
import { HoursAndEcts, useDateRange } from './ProgramFacts';

/** A program in a list; `headingOrder` fits its title under the page's own headings. */
export function ProgramCard({ program, headingOrder = 2 }: { program: ProgramSummary; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  const dateRange = useDateRange();
  const lang = useContentLang(program.language);
  return (
    <Card component="article" withBorder radius="md" padding="lg" h="100%" aria-labelledby={`program-${program.id}`}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" gap="xs">
          <ProgramTypeBadges program={program} />
          <EnrollmentBadge open={program.enrollmentOpen} />
        </Group>
        <Title order={headingOrder} fz="lg" id={`program-${program.id}`}>
          <Anchor component={Link} to={`/programs/${program.id}`} c="inherit" lang={lang}>
            {program.title}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed" lang={lang}>
          {program.provider}
        </Text>
        <Stack gap={2} mt="auto">
          <HoursAndEcts program={program} />
          <Text size="sm">{dateRange(program.startsOn, program.endsOn)}</Text>
          <Text size="sm" c="dimmed">
            {t('catalog.moduleCount', { n: program.moduleCount })}
          </Text>
        </Stack>
      </Stack>
    </Card>
  );
}
