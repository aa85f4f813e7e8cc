import { Alert, Anchor, Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCheckCertificatePdf } from '../api/check-certificate-pdf';
import { verifyPath } from '../api/schemas';

/** "Check a PDF file": drop or pick a file; the server says whether it is a genuine, unchanged certificate issued here. */
export function PdfCheck() {
  const { t } = useTranslation();
  const check = useCheckCertificatePdf();
  const [dragging, setDragging] = useState(false);
  const [name, setName] = useState<string | null>(null);
  const send = (file: File | null) => {
    if (!file) return;
    setName(file.name);
    check.mutate(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    send(event.dataTransfer.files[0] ?? null);
  };
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby="pdf-check-title"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{ borderStyle: 'dashed', borderWidth: 2, background: dragging ? 'var(--mantine-primary-color-light)' : undefined }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="pdf-check-title">
          {t('certification.check.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('certification.check.hint')}
        </Text>
        <Group gap="sm">
          <FileButton onChange={send} accept="application/pdf,.pdf">
            {(props) => (
              <Button {...props} loading={check.isPending} variant="default">
                {t('certification.check.choose')}
              </Button>
            )}
          </FileButton>
          {name && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
          )}
        </Group>
        <div aria-live="polite">
          {check.isError && <ErrorAlert error={check.error} />}
          {check.isSuccess &&
            (check.data.genuine ? (
              <Alert color="teal" variant="light" title={t('certification.check.genuineTitle')}>
                <Text size="sm">{t('certification.check.genuine', { serial: check.data.certificate?.serial ?? '' })}</Text>
                {check.data.certificate && (
                  <Anchor component={Link} to={verifyPath(check.data.certificate.verificationCode)} size="sm">
                    {t('certification.check.open')}
                  </Anchor>
                )}
              </Alert>
            ) : (
              <Alert color="red" variant="light" title={t('certification.check.notGenuineTitle')}>
                {t('certification.check.notGenuine')}
              </Alert>
            ))}
        </div>
      </Stack>
    </Paper>
  );
}
