import { Anchor, Button, CopyButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { certificatePdfUrl, verifyPath, type Certificate } from '../api/schemas';

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
      {/* this app's own page: the shared address (verificationUrl) is built from the configured public URL */}
      <Anchor component={Link} to={verifyPath(certificate.verificationCode)} size="sm">
        {t('certification.card.openLink')}
      </Anchor>
    </Group>
  );
}
