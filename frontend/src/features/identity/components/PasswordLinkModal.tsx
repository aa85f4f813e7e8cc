import { Alert, Button, Checkbox, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCreatePasswordLink } from '../api/create-password-link';
import type { AdminUser } from '../api/schemas';
import { useLastDefined } from '../../../lib/use-last-defined';
import { formatDateTime } from '../../../lib/dates';

interface PasswordLinkModalProps {
  user: AdminUser | null;
  onClose: () => void;
}

/**
 * Creates a one-time link for the user to set their password, only when asked (a new link voids
 * the previous one), and shows it with a copy button and its expiry.
 */
export function PasswordLinkModal({ user: selected, onClose }: PasswordLinkModalProps) {
  const { t } = useTranslation();
  const user = useLastDefined(selected);
  return (
    <Modal opened={selected !== null} onClose={onClose} title={t('identity.passwordLink.title')} centered size="lg">
      {/* Keyed so that each opening starts afresh, without the link made for someone else. */}
      {user && <PasswordLinkBody key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}

function PasswordLinkBody({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreatePasswordLink();
  const [send, setSend] = useState(false);
  const link = create.data;
  const address = link ? `${window.location.origin}${link.path}` : '';
  const formatDate = (iso: string) => formatDateTime(iso, i18n.resolvedLanguage);

  return (
    <Stack gap="md">
      <Text size="sm">{t('identity.passwordLink.intro', { name: user.fullName, email: user.email })}</Text>
      <Alert color="orange" variant="light" role="note">
        <Text size="sm">{t('identity.passwordLink.warning')}</Text>
      </Alert>
      {create.isError && <ErrorAlert error={create.error} />}
      {!link && (
        <Checkbox
          checked={send}
          onChange={(event) => setSend(event.currentTarget.checked)}
          label={t('identity.passwordLink.send')}
          description={t('identity.passwordLink.sendHint', { email: user.email })}
        />
      )}
      {link && (
        <Stack gap={6}>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              readOnly
              label={t('identity.passwordLink.link', { name: link.fullName })}
              value={address}
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: 1 }}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <CopyButton value={address} timeout={2000}>
              {({ copied, copy }) => (
                <Button color={copied ? 'teal' : undefined} variant={copied ? 'filled' : 'light'} onClick={copy}>
                  {copied ? t('identity.passwordLink.copied') : t('identity.passwordLink.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm" c="dimmed" role="status">
            {t('identity.passwordLink.expires', { date: formatDate(link.expiresAt) })}
            {link.emailed && ` ${t('identity.passwordLink.emailed', { email: link.email })}`}
          </Text>
        </Stack>
      )}
      <Group justify="flex-end">
        {link ? (
          <Button onClick={onClose}>{t('identity.passwordLink.done')}</Button>
        ) : (
          <>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => create.mutate({ id: user.id, send })} loading={create.isPending}>
              {t('identity.passwordLink.create')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
