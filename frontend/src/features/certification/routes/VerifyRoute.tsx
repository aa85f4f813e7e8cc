import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { isApiError } from '../../../lib/problem';
import { usePublicCertificate } from '../api/get-public-certificate';
import { verifyPath } from '../api/schemas';
import { CertificateDetails, StatusBanner } from '../components/CertificateDetails';
import { PdfCheck } from '../components/PdfCheck';

/** `/verify` and `/verify/:code` (no login): a certificate's status and details by its code, and a check of a PDF file. */
export function VerifyRoute() {
  const { t } = useTranslation();
  const code = (useParams().code ?? '').trim();
  return (
    <Stack gap="lg" maw={860}>
      <PageTitle mb={0}>{t('certification.verify.title')}</PageTitle>
      {code ? <CodeResult code={code} /> : <Text>{t('certification.verify.intro')}</Text>}
      <CodeForm key={code} initial={code} />
      <PdfCheck />
    </Stack>
  );
}

function CodeResult({ code }: { code: string }) {
  const { t } = useTranslation();
  const certificate = usePublicCertificate(code);
  if (certificate.isPending) return <Loading />;
  if (certificate.isError) {
    const error = certificate.error;
    if (isApiError(error) && error.status === 404)
      return (
        <Alert color="red" variant="light" role="alert" title={t('certification.verify.notFoundTitle')}>
          {t('certification.verify.notFound')}
        </Alert>
      );
    if (isApiError(error) && error.status === 429) return <ErrorAlert error={error} message={t('certification.verify.tooMany')} />;
    return <ErrorAlert error={error} onRetry={() => void certificate.refetch()} />;
  }
  return (
    <Stack gap="md">
      <StatusBanner certificate={certificate.data} />
      <CertificateDetails certificate={certificate.data} />
    </Stack>
  );
}

function CodeForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = value.trim();
    if (code) void navigate(verifyPath(code));
  };
  return (
    <form onSubmit={submit} role="search" aria-label={t('certification.verify.formLabel')}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          style={{ flex: '1 1 260px' }}
          label={t('certification.verify.code')}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit">{t('certification.verify.submit')}</Button>
      </Group>
    </form>
  );
}
