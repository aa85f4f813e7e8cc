import { Alert, Button, CopyButton, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCreateImportPasswordLinks } from '../api/create-import-password-links';
import type { ImportPasswordLink } from '../api/import-schemas';
import { downloadCsv } from './import-csv';
import { useImportFormat } from './import-format';

/** The address to hand over: the path carries the token after `#`, which never reaches a server log. */
export const fullLink = (link: ImportPasswordLink) => `${window.location.origin}${link.path}`;

/**
 * One-time links to set a password for the accounts an import created. Each request makes new
 * links and voids those handed out before, so the warning says so next to the button.
 */
export function ImportPasswordLinks({ importId }: { importId: number }) {
  const { t } = useTranslation();
  const { formatDateTime } = useImportFormat();
  const headingId = useId();
  const create = useCreateImportPasswordLinks();
  const links = create.data;

  const onCreate = () =>
    create.mutate(importId, {
      onSuccess: (created) =>
        notifications.show({
          message: t('enrollment.imports.links.created', { count: created.length }),
          color: 'teal',
        }),
    });

  const onDownload = (list: ImportPasswordLink[]) =>
    downloadCsv(t('enrollment.imports.links.fileName', { id: importId }), [
      [
        t('enrollment.imports.links.colName'),
        t('enrollment.imports.links.colEmail'),
        t('enrollment.imports.links.colLink'),
        t('enrollment.imports.links.colExpires'),
      ],
      ...list.map((link) => [link.fullName, link.email, fullLink(link), formatDateTime(link.expiresAt)]),
    ]);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h3" id={headingId}>
          {t('enrollment.imports.links.title')}
        </Title>
        <Text size="sm">{t('enrollment.imports.links.lead')}</Text>
        <Alert color="orange" variant="light" role="note">
          <Text size="sm">{t('enrollment.imports.links.warning')}</Text>
        </Alert>
        {create.isError && <ErrorAlert error={create.error} />}
        <Group>
          <Button onClick={onCreate} loading={create.isPending} variant={links ? 'default' : 'filled'}>
            {links ? t('enrollment.imports.links.recreate') : t('enrollment.imports.links.create')}
          </Button>
          {links && links.length > 0 && (
            <Button variant="light" onClick={() => onDownload(links)}>
              {t('enrollment.imports.links.download')}
            </Button>
          )}
        </Group>
        {links && links.length === 0 && (
          <Text size="sm" role="status">
            {t('enrollment.imports.links.none')}
          </Text>
        )}
        {links && links.length > 0 && (
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>
                <VisuallyHidden>{t('enrollment.imports.links.caption')}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('enrollment.imports.links.colName')}</Table.Th>
                  <Table.Th scope="col">{t('enrollment.imports.links.colEmail')}</Table.Th>
                  <Table.Th scope="col" w="45%">
                    {t('enrollment.imports.links.colLink')}
                  </Table.Th>
                  <Table.Th scope="col">{t('enrollment.imports.links.colExpires')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {links.map((link) => (
                  <LinkRow key={link.userId} link={link} expires={formatDateTime(link.expiresAt)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

function LinkRow({ link, expires }: { link: ImportPasswordLink; expires: string }) {
  const { t } = useTranslation();
  const address = fullLink(link);
  return (
    <Table.Tr data-testid="password-link-row">
      <Table.Th scope="row" fw={500}>
        <Text size="sm" fw={500}>
          {link.fullName}
        </Text>
      </Table.Th>
      <Table.Td>
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {link.email}
        </Text>
      </Table.Td>
      <Table.Td miw={320}>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            readOnly
            size="xs"
            value={address}
            aria-label={t('enrollment.imports.links.linkFor', { name: link.fullName })}
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <CopyButton value={address} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                size="compact-sm"
                variant={copied ? 'filled' : 'light'}
                color={copied ? 'teal' : undefined}
                onClick={copy}
                aria-label={t('enrollment.imports.links.copyFor', { name: link.fullName })}
              >
                {copied ? t('enrollment.imports.links.copied') : t('enrollment.imports.links.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {expires}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
