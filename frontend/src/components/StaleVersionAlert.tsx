import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface StaleVersionAlertProps {
  /** What was changed meanwhile, e.g. "Someone else has just changed this program". */
  title: string;
  /** Loads the server's current version and puts it in the form. */
  onReload: () => Promise<unknown>;
}

/**
 * A save refused with 409 `stale_version`: says the changes were kept from overwriting someone
 * else's and offers to load the current version (the button spins while it loads).
 */
export function StaleVersionAlert({ title, onReload }: StaleVersionAlertProps) {
  const { t } = useTranslation();
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };
  return (
    <Alert color="orange" variant="light" role="alert" title={title}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('form.staleText')}</Text>
        <Button size="sm" variant="default" loading={reloading} onClick={() => void reload()}>
          {t('form.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
