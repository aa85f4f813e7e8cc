import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useMyCertificates } from '../api/get-my-certificates';
import { CertificateCard } from '../components/CertificateCard';

/** `/my-certificates` (signed in): every certificate the learner holds, with download and verification link. */
export function MyCertificatesRoute() {
  const { t } = useTranslation();
  const certificates = useMyCertificates();
  let content;
  if (certificates.isPending) content = <Loading />;
  else if (certificates.isError) content = <ErrorAlert error={certificates.error} onRetry={() => void certificates.refetch()} />;
  else if (certificates.data.length === 0)
    content = (
      <Alert variant="light" title={t('certification.mine.empty')}>
        <Text size="sm" mb="sm">
          {t('certification.mine.emptyText')}
        </Text>
        <Button component={Link} to="/my-programs" size="sm">
          {t('nav.myPrograms')}
        </Button>
      </Alert>
    );
  else
    content = (
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {certificates.data.map((certificate) => (
          <li key={certificate.id}>
            <CertificateCard certificate={certificate} headingOrder={2} />
          </li>
        ))}
      </Stack>
    );
  return (
    <Stack gap="md" maw={760}>
      <PageTitle mb={0}>{t('certification.mine.title')}</PageTitle>
      {content}
    </Stack>
  );
}
