import { Anchor, Button, CopyButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { certificatePdfUrl, type Certificate } from '../api/schemas';

/** "Download PDF", "Copy the verification link" and "Open" for one certificate. */
export function CertificateLinks({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Button
        component="a"
        href={certificatePdfUrl(certificate.id)}
        download
        size="sm"
        aria-label={t('certification.card.downloadFor', { serial: certificate.serial })}
      >
        {t('certification.card.download')}
      </Button>
      <CopyButton value={certificate.verificationUrl}>
        {({ copied, copy }) => (
          <Button variant="default" size="sm" onClick={copy} color={copied ? 'teal' : undefined} aria-live="polite">
            {copied ? t('certification.card.copied') : t('certification.card.copyLink')}
          </Button>
        )}
      </CopyButton>
      <Anchor href={certificate.verificationUrl} target="_blank" rel="noopener" size="sm">
        {t('certification.card.openLink')}
      </Anchor>
    </Group>
  );
}
