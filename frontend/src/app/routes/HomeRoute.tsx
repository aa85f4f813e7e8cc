import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { useMe } from '../../features/identity/api/get-me';

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

      {!me.data && (
        <Alert variant="light" color="gray">
          {t('home.comingSoon')}
        </Alert>
      )}
    </Stack>
  );
}
