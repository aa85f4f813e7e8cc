import { Alert, Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { Pager } from '../../../components/Pager';
import { useCertificateDesign } from '../api/get-certificate-design';
import { useCompletionRules } from '../api/get-completion-rules';
import { useProgramCertificates } from '../api/get-program-certificates';
import { useProgramProgress } from '../api/get-program-progress';
import { registryCsvUrl, registryXlsxUrl } from '../api/schemas';
import { BulkIssue } from '../components/BulkIssue';
import { CertificatesRegister } from '../components/CertificatesRegister';
import { CompletionRulesForm } from '../components/CompletionRulesForm';
import { DesignForm } from '../components/DesignForm';
import { ProgressTable } from '../components/ProgressTable';
import { ZipDownload } from '../components/ZipDownload';
import type { CertificationProgram, CertificationViewer } from '../viewer';

const SECTIONS = ['progress', 'register', 'rules', 'design'] as const;
type Section = (typeof SECTIONS)[number];
const ADMIN_ONLY: ReadonlySet<Section> = new Set(['register', 'rules', 'design']);

/**
 * The Certificates tab of a program's workspace: learners' progress (`?section=progress`, the
 * default; trainers read it only), issued certificates and downloads, completion rules and the
 * certificate's design (administrators).
 */
export function CertificatesTab({ program, viewer }: { program: CertificationProgram; viewer: CertificationViewer }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('section') as Section | null;
  const section: Section = requested && SECTIONS.includes(requested) && (viewer.isAdmin || !ADMIN_ONLY.has(requested)) ? requested : 'progress';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const go = (next: string | null) =>
    setParams((current) => {
      const result = new URLSearchParams(current);
      result.delete('page');
      if (!next || next === 'progress') result.delete('section');
      else result.set('section', next);
      return result;
    });
  const setPage = (value: number) =>
    setParams((current) => {
      const result = new URLSearchParams(current);
      result.set('page', String(value));
      return result;
    });

  return (
    <Stack gap="md">
      <PageTitle mb={0}>{t('certification.tab.title', { title: program.title })}</PageTitle>
      {viewer.isAdmin ? (
        <Tabs value={section} onChange={go} keepMounted={false}>
          <Tabs.List style={{ flexWrap: 'wrap' }}>
            {SECTIONS.map((name) => (
              <Tabs.Tab key={name} value={name}>
                {t(`certification.tab.${name}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="progress" pt="md">
            <ProgressSection program={program} canAct page={page} onPage={setPage} />
          </Tabs.Panel>
          <Tabs.Panel value="register" pt="md">
            <RegisterSection programId={program.id} page={page} onPage={setPage} />
          </Tabs.Panel>
          <Tabs.Panel value="rules" pt="md">
            <RulesSection program={program} />
          </Tabs.Panel>
          <Tabs.Panel value="design" pt="md">
            <DesignSection programId={program.id} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <ProgressSection program={program} canAct={false} page={page} onPage={setPage} />
      )}
    </Stack>
  );
}

function ProgressSection({ program, canAct, page, onPage }: { program: CertificationProgram; canAct: boolean; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const progress = useProgramProgress(program.id, page - 1);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('certification.tab.progressTitle')}
      </Title>
      {canAct && <BulkIssue programId={program.id} />}
      {progress.isPending ? (
        <Loading />
      ) : progress.isError ? (
        <ErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />
      ) : progress.data.items.length === 0 ? (
        <Text c="dimmed">{t('certification.tab.noLearners')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('certification.tab.learnerCount', { count: progress.data.totalItems })}
          </Text>
          <ProgressTable programId={program.id} items={progress.data.items} modules={program.modules} canAct={canAct} />
          {progress.data.totalPages > 1 && (
            <nav aria-label={t('certification.tab.progressPages')}>
              <Pager total={progress.data.totalPages} value={page} onChange={onPage} />
            </nav>
          )}
        </>
      )}
    </Stack>
  );
}

function RegisterSection({ programId, page, onPage }: { programId: number; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const certificates = useProgramCertificates(programId, page - 1);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('certification.tab.registerTitle')}
      </Title>
      <ZipDownload programId={programId} />
      <Group gap="md">
        <Text size="sm">{t('certification.tab.registry')}</Text>
        <Anchor href={registryCsvUrl(programId)} download size="sm">
          {t('certification.tab.registryCsv')}
        </Anchor>
        <Anchor href={registryXlsxUrl(programId)} download size="sm">
          {t('certification.tab.registryXlsx')}
        </Anchor>
      </Group>
      {certificates.isPending ? (
        <Loading />
      ) : certificates.isError ? (
        <ErrorAlert error={certificates.error} onRetry={() => void certificates.refetch()} />
      ) : certificates.data.items.length === 0 ? (
        <Text c="dimmed">{t('certification.tab.noCertificates')}</Text>
      ) : (
        <>
          <CertificatesRegister programId={programId} items={certificates.data.items} />
          {certificates.data.totalPages > 1 && (
            <nav aria-label={t('certification.tab.registerPages')}>
              <Pager total={certificates.data.totalPages} value={page} onChange={onPage} />
            </nav>
          )}
        </>
      )}
    </Stack>
  );
}

function RulesSection({ program }: { program: CertificationProgram }) {
  const { t } = useTranslation();
  const rules = useCompletionRules(program.id);
  return (
    <Stack gap="md">
      <Title order={2} size="h3" id="rules-title">
        {t('certification.rules.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t('certification.rules.intro')}
      </Text>
      {rules.isPending ? (
        <Loading />
      ) : rules.isError ? (
        <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <>
          {rules.data.version === null && (
            <Alert color="yellow" variant="light" maw={760} title={t('certification.rules.notSetTitle')}>
              {t('certification.rules.notSet')}
            </Alert>
          )}
          <CompletionRulesForm program={program} rules={rules.data} />
        </>
      )}
    </Stack>
  );
}

function DesignSection({ programId }: { programId: number }) {
  const { t } = useTranslation();
  const design = useCertificateDesign(programId);
  return (
    <Stack gap="md">
      <Title order={2} size="h3" id="design-title">
        {t('certification.design.title')}
      </Title>
      {design.isPending ? (
        <Loading />
      ) : design.isError ? (
        <ErrorAlert error={design.error} onRetry={() => void design.refetch()} />
      ) : (
        <DesignForm programId={programId} design={design.data} />
      )}
    </Stack>
  );
}
