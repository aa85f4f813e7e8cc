import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { isApiError } from '../../../lib/problem';
import { useMaterials } from '../api/get-materials';
import { useProgram } from '../api/get-program';
import { sortedModules, type Program } from '../api/schemas';
import { EnrollmentBadge, ProgramTypeBadges, StatusBadge } from '../components/ProgramBadges';
import { HoursAndEcts, useDateRange } from '../components/ProgramFacts';
import { parseId, ProgramNotFound } from '../components/ProgramNotFound';
import { formatInstant } from '../components/format';
import { groupMaterials } from '../components/material-format';
import { MaterialList } from '../components/MaterialList';
import { useContentLang } from '../components/content-lang';

interface ProgramRouteProps {
  /** What the viewer can do about enrolling (apply, or their application's status). */
  enrollment: (program: Program) => ReactNode;
  /** The program's upcoming sessions, under its modules. */
  sessions: (program: Program) => ReactNode;
}

/** `/programs/:id`: everything a visitor needs to decide whether to apply; `src/app` composes the other features' parts. */
export function ProgramRoute({ enrollment, sessions }: ProgramRouteProps) {
  const { t, i18n } = useTranslation();
  const id = parseId(useParams().id);
  const program = useProgram(id);
  // Fetched alongside the program; whatever the viewer may not see, the server leaves out.
  const materials = useMaterials(id);
  const dateRange = useDateRange();
  // the program's content is in its own language; hooks run before the early returns below
  const lang = useContentLang(program.data?.language ?? 'uk');

  if (!Number.isInteger(id) || (isApiError(program.error) && program.error.status === 404)) return <ProgramNotFound />;
  if (program.isError) return <ErrorAlert error={program.error} onRetry={() => void program.refetch()} />;
  if (program.isPending) return <Loading />;
  const p = program.data;
  const modules = sortedModules(p.modules);
  const [programMaterials, ...moduleMaterials] = groupMaterials(materials.data ?? [], modules);
  const materialsOf = (moduleId: number) => moduleMaterials.find((group) => group.module?.id === moduleId)?.materials ?? [];
  const opens = formatInstant(p.enrollmentOpensAt, i18n.resolvedLanguage);
  const closes = formatInstant(p.enrollmentClosesAt, i18n.resolvedLanguage);

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/programs" size="sm">
        ← {t('catalog.backToCatalog')}
      </Anchor>
      <Stack gap="xs">
        <Group gap="xs">
          <ProgramTypeBadges program={p} />
          {p.status !== 'published' && <StatusBadge status={p.status} />}
        </Group>
        <PageTitle mb={0} lang={lang}>
          {p.title}
        </PageTitle>
        <Text size="lg" c="dimmed" lang={lang}>
          {p.provider}
        </Text>
        {p.canEdit && (
          <Group>
            <Button component={Link} to={`/manage/programs/${p.id}`} variant="default" size="sm">
              {t('catalog.edit')}
            </Button>
          </Group>
        )}
      </Stack>

      <Card withBorder radius="md" padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('catalog.volume')}
            </Text>
            <HoursAndEcts program={p} />
            <Text size="sm" c="dimmed" mt="xs">
              {t('catalog.dates')}
            </Text>
            <Text size="sm">{dateRange(p.startsOn, p.endsOn)}</Text>
          </Stack>
          <Stack gap={4} align="flex-start">
            <EnrollmentBadge open={p.enrollmentOpen} />
            {(opens || closes) && (
              <Text size="sm">
                {opens && closes
                  ? t('catalog.enrollmentWindow', { opens, closes })
                  : opens
                    ? t('catalog.enrollmentOpensAt', { date: opens })
                    : t('catalog.enrollmentClosesAt', { date: closes })}
              </Text>
            )}
            {p.capacity !== null && <Text size="sm">{t('catalog.capacity', { n: p.capacity })}</Text>}
            {enrollment(p)}
          </Stack>
        </SimpleGrid>
      </Card>

      {p.description && (
        <section aria-labelledby="about-heading">
          <Title order={2} fz="h3" id="about-heading" mb="xs">
            {t('catalog.about')}
          </Title>
          {/* Plain text: line breaks are kept, markup is never interpreted. */}
          <Text style={{ whiteSpace: 'pre-line' }} lang={lang}>
            {p.description}
          </Text>
        </section>
      )}

      {p.learningOutcomes.length > 0 && (
        <section aria-labelledby="outcomes-heading">
          <Title order={2} fz="h3" id="outcomes-heading" mb="xs">
            {t('catalog.form.learningOutcomes')}
          </Title>
          <List spacing={4} lang={lang}>
            {p.learningOutcomes.map((outcome, index) => (
              <List.Item key={index}>{outcome}</List.Item>
            ))}
          </List>
        </section>
      )}

      <section aria-labelledby="modules-heading">
        <Title order={2} fz="h3" id="modules-heading" mb="xs">
          {t('catalog.modules.heading')}
        </Title>
        {modules.length === 0 ? (
          <Text c="dimmed">{t('catalog.modules.noneYet')}</Text>
        ) : (
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {modules.map((module, index) => (
              <Card component="li" key={module.id} withBorder padding="md" data-testid="program-module">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Title order={3} fz="md">
                    <Trans
                      i18nKey="catalog.modules.numberedMarked"
                      values={{ n: index + 1, title: module.title }}
                      components={{ content: <span lang={lang} /> }}
                    />
                  </Title>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {t('catalog.hoursShort', { hours: module.hours })}
                  </Text>
                </Group>
                {module.description && (
                  <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }} lang={lang}>
                    {module.description}
                  </Text>
                )}
                {materialsOf(module.id).length > 0 && (
                  <Stack gap="xs" mt="md">
                    <Title order={4} fz="sm" c="dimmed" id={`module-${module.id}-materials`}>
                      {t('catalog.materials.moduleMaterials')}
                    </Title>
                    <MaterialList
                      materials={materialsOf(module.id)}
                      showVisibility={p.canEdit}
                      lang={lang}
                      aria-labelledby={`module-${module.id}-materials`}
                    />
                  </Stack>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </section>

      {sessions(p)}

      {/* A 404 only means there is nothing here this viewer may see. */}
      {materials.isError && !(isApiError(materials.error) && materials.error.status === 404) && (
        <ErrorAlert error={materials.error} onRetry={() => void materials.refetch()} />
      )}
      {programMaterials && programMaterials.materials.length > 0 && (
        <section aria-labelledby="materials-heading">
          <Title order={2} fz="h3" id="materials-heading" mb="xs">
            {t('catalog.materials.heading')}
          </Title>
          <MaterialList
            materials={programMaterials.materials}
            showVisibility={p.canEdit}
            lang={lang}
            aria-labelledby="materials-heading"
          />
        </section>
      )}

      {p.partners.length > 0 && (
        <section aria-labelledby="partners-heading">
          <Title order={2} fz="h3" id="partners-heading" mb="xs">
            {t('catalog.form.partners')}
          </Title>
          <List spacing={4}>
            {p.partners.map((partner, index) => (
              <List.Item key={index}>
                {partner.url && /^https?:\/\//i.test(partner.url) ? (
                  <Anchor href={partner.url} target="_blank" rel="noopener noreferrer">
                    {partner.name}
                  </Anchor>
                ) : (
                  partner.name
                )}
              </List.Item>
            ))}
          </List>
        </section>
      )}

      {p.trainers.length > 0 && (
        <section aria-labelledby="trainers-heading">
          <Title order={2} fz="h3" id="trainers-heading" mb="xs">
            {t('catalog.trainers.heading')}
          </Title>
          <Text>{p.trainers.map((trainer) => trainer.fullName).join(', ')}</Text>
        </section>
      )}
    </Stack>
  );
}
