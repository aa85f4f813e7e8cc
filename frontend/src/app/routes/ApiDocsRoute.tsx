import { Anchor, Code, List, Paper, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { OPENAPI_URL } from './api-docs/swagger-request';

const SwaggerPanel = lazy(() => import('./api-docs/SwaggerPanel'));

/** Browsable reference of the HTTP API, rendered from the OpenAPI document the backend generates. */
export function ApiDocsRoute() {
  const { t } = useTranslation();
  const code = <Code style={{ whiteSpace: 'nowrap' }} />;
  const login = <Anchor component={Link} to="/login" />;
  return (
    <Stack gap="lg">
      <Stack gap="sm" maw={860}>
        <PageTitle mb={0}>{t('apiDocs.title')}</PageTitle>
        <Text size="lg">
          <Trans i18nKey="apiDocs.lead" components={{ spec: <Anchor href={OPENAPI_URL} /> }} />
        </Text>
        <List spacing="xs">
          <List.Item>
            <Trans i18nKey="apiDocs.errors" components={{ code }} />
          </List.Item>
          <List.Item>
            <Trans i18nKey="apiDocs.csrf" components={{ code }} />
          </List.Item>
          <List.Item>
            <Trans i18nKey="apiDocs.signIn" components={{ login }} />
          </List.Item>
        </List>
      </Stack>
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        <Suspense fallback={<Loading />}>
          <SwaggerPanel />
        </Suspense>
      </Paper>
    </Stack>
  );
}
