import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { usePrograms } from '../../features/catalog/api/get-programs';
import { ProgramCard } from '../../features/catalog/components/ProgramCard';
import { useMe } from '../../features/identity/api/get-me';

/** How many open programs the home page shows before sending people to the catalog. */
const SHOWN = 6;

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();

  const audiences = [
    { title: t('home.forLearnersTitle'), text: t('home.forLearners') },
    { title: t('home.forTrainersTitle'), text: t('home.forTrainers') },
    { title: t('home.forEveryoneTitle'), text: t('home.forEveryone') },
  ];

  return (
    <Stack gap="xl">
      <Stack gap="sm" maw={760}>
        {me.data ? (
          <>
            <PageTitle>{t('home.greeting')}</PageTitle>
            <Text size="lg" fw={500}>
              {t('home.signedInAs', { name: me.data.fullName })}
            </Text>
            <Text size="lg">{t('home.greetingText')}</Text>
          </>
        ) : (
          <>
            <PageTitle>{t('home.title')}</PageTitle>
            <Text size="lg">{t('home.lead')}</Text>
            {!me.isPending && (
              <>
                <Text>{t('home.ctaText')}</Text>
                <Group>
                  <Button component={Link} to="/signup" size="md">
                    {t('home.signup')}
                  </Button>
                  <Button component={Link} to="/login" size="md" variant="default">
                    {t('home.login')}
                  </Button>
                </Group>
              </>
            )}
          </>
        )}
      </Stack>

      <OpenPrograms />

      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg" component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {audiences.map((audience) => (
          <Card key={audience.title} withBorder padding="lg" component="li">
            <Title order={2} size="h4" mb="xs">
              {audience.title}
            </Title>
            <Text>{audience.text}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** Published programs that take applications now, with the way to the whole catalog. */
function OpenPrograms() {
  const { t } = useTranslation();
  // The catalog lists the latest-starting programs first: those taking applications now are among them.
  const programs = usePrograms({ page: 0, size: 24 });
  const open = programs.data?.items.filter((program) => program.enrollmentOpen).slice(0, SHOWN) ?? [];

  let content;
  if (programs.isPending) content = <Loading />;
  else if (programs.isError) content = <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} />;
  else if (open.length === 0) content = <Text>{t('home.noOpenPrograms')}</Text>;
  else
    content = (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {open.map((program) => (
          <ProgramCard key={program.id} program={program} headingOrder={3} />
        ))}
      </SimpleGrid>
    );

  return (
    <Stack component="section" gap="md" aria-labelledby="open-programs-heading">
      <Group justify="space-between" align="baseline">
        <Title order={2} id="open-programs-heading">
          {t('home.openPrograms')}
        </Title>
        <Anchor component={Link} to="/programs">
          {t('home.toCatalog')}
        </Anchor>
      </Group>
      {content}
    </Stack>
  );
}
