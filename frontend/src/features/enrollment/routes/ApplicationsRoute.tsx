import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { Pager } from '../../../components/Pager';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useDecideApplications } from '../api/decide-applications';
import { useAdmittedCount, useApplications } from '../api/get-applications';
import { useQuestionnaire } from '../api/get-questionnaire';
import { APPLICATION_STATUSES, type Application, type ApplicationStatus, type Decision } from '../api/schemas';
import { ApplicationDrawer } from '../components/ApplicationDrawer';
import { ApplicationsTable } from '../components/ApplicationsTable';
import { DecisionButtons, DecisionError, decisionResult, RejectModal } from '../components/DecisionControls';
import { CATEGORIES, REGIONS } from '../components/options';
import { useUrlFilters } from '../../../lib/use-url-filters';
import type { EnrollmentViewer, ManagedProgram } from '../viewer';

export const APPLICATIONS_PAGE_SIZE = 50;
const TEXT_FILTERS = ['region', 'organization', 'category'] as const;

/** Where the last decision was asked for, so its error shows there. */
type DecisionSource = 'bulk' | 'drawer';

interface ApplicationsRouteProps {
  program: ManagedProgram;
  viewer: EnrollmentViewer;
}

/**
 * `/manage/programs/:id/applications`: the program's applications, filtered and paged in the URL.
 * Administrators admit, waitlist or reject them one by one (in the drawer) or in bulk; the
 * program's trainers read them.
 */
export function ApplicationsRoute({ program, viewer }: ApplicationsRouteProps) {
  const { t } = useTranslation();
  const canDecide = viewer.isAdmin;
  const { params, page, setParam, clear, texts, setText } = useUrlFilters(TEXT_FILTERS);
  const statusParam = params.get('status');
  const status = APPLICATION_STATUSES.find((value) => value === statusParam);
  const current = {
    region: params.get('region') ?? '',
    organization: params.get('organization') ?? '',
    category: params.get('category') ?? '',
  };
  const filtered = status !== undefined || TEXT_FILTERS.some((key) => current[key] !== '');

  const filter = { status, ...current, page: page - 1, size: APPLICATIONS_PAGE_SIZE };
  const applications = useApplications(program.id, filter);
  const admitted = useAdmittedCount(program.id);
  const questionnaire = useQuestionnaire(program.id);
  const decide = useDecideApplications();

  // A selection belongs to the rows on screen: another page or filter starts afresh.
  const filterKey = JSON.stringify(filter);
  const [selection, setSelection] = useState(() => ({ filterKey, ids: new Set<number>() }));
  const selected = selection.filterKey === filterKey ? selection.ids : new Set<number>();
  const setSelected = (ids: Set<number>) => setSelection({ filterKey, ids });
  const [opened, setOpened] = useState<Application | null>(null);
  const [rejecting, setRejecting] = useState<number[]>([]);
  const [source, setSource] = useState<DecisionSource>('bulk');
  const [pendingDecision, setPendingDecision] = useState<Decision | null>(null);

  const { reset: resetDecision } = decide;
  useEffect(() => resetDecision(), [filterKey, resetDecision]);

  // The drawer shows the freshest copy of its application, e.g. after a decision.
  const openedApplication = opened
    ? (applications.data?.items.find((application) => application.id === opened.id) ?? opened)
    : null;

  const run = (ids: number[], decision: Decision, from: DecisionSource, message?: string) => {
    setSource(from);
    setPendingDecision(decision);
    decide.reset();
    decide.mutate(
      { programId: program.id, request: { applicationIds: ids, decision, message } },
      {
        onSuccess: (result) => {
          notifications.show({
            message: t('enrollment.applications.decided', { count: result.changed }),
            color: 'teal',
          });
          // A bulk decision used up the selection; one from the drawer leaves it for later.
          if (from === 'bulk') setSelected(new Set());
          setRejecting([]);
          setOpened((open) =>
            open && ids.includes(open.id)
              ? { ...open, status: decisionResult(decision), decisionMessage: message ?? null }
              : open,
          );
        },
        onSettled: () => setPendingDecision(null),
      },
    );
  };
  const onDecide = (ids: number[], decision: Decision, from: DecisionSource) => {
    if (decision === 'reject') {
      decide.reset();
      setSource(from);
      setRejecting(ids);
    } else run(ids, decision, from);
  };

  const selectedIds = [...selected];
  const errorCount = rejecting.length > 0 ? rejecting.length : source === 'drawer' ? 1 : selectedIds.length;
  const decisionError = decide.isError ? <DecisionError error={decide.error} count={errorCount} /> : null;
  const statusLabel = (value: ApplicationStatus) => t(`enrollment.status.${value}`);


  let content;
  if (applications.isError) content = <ErrorAlert error={applications.error} onRetry={() => void applications.refetch()} />;
  else if (applications.isPending) content = <Loading />;
  else if (applications.data.items.length === 0)
    content = filtered ? (
      <Alert variant="light" color="gray" title={t('enrollment.applications.noMatches')}>
        <Button size="sm" variant="default" onClick={clear}>
          {t('enrollment.applications.resetFilters')}
        </Button>
      </Alert>
    ) : (
      <Alert variant="light" title={t('enrollment.applications.empty')}>
        <Text size="sm">{t('enrollment.applications.emptyText')}</Text>
      </Alert>
    );
  else
    content = (
      <>
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {t('enrollment.applications.total', { count: applications.data.totalItems })}
        </Text>
        <div style={{ opacity: applications.isPlaceholderData ? 0.6 : 1 }} aria-busy={applications.isFetching}>
          <ApplicationsTable
            applications={applications.data.items}
            selectable={canDecide}
            selected={selected}
            onSelectedChange={(next) => {
              decide.reset();
              setSelected(next);
            }}
            onOpen={(application) => {
              decide.reset();
              setOpened(application);
            }}
          />
        </div>
        {applications.data.totalPages > 1 && (
          <nav aria-label={t('enrollment.applications.pages')}>
            <Pager
              total={applications.data.totalPages}
              value={page}
              onChange={(value) => setParam('page', String(value))}
            />
          </nav>
        )}
      </>
    );

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <PageTitle mb={0} fz="h2">
          {t('enrollment.applications.title', { title: program.title })}
        </PageTitle>
        <AdmittedSummary admitted={admitted.count} capacity={program.capacity} />
        {!canDecide && (
          <Text size="sm" c="dimmed">
            {t('enrollment.applications.readOnly')}
          </Text>
        )}
      </Stack>

      <Group align="flex-end" gap="md" role="search" aria-label={t('enrollment.applications.filters')}>
        <Select
          label={t('enrollment.applications.colStatus')}
          data={[
            { value: '', label: t('enrollment.applications.anyStatus') },
            ...APPLICATION_STATUSES.map((value) => ({ value, label: statusLabel(value) })),
          ]}
          value={status ?? ''}
          onChange={(value) => setParam('status', value ?? undefined)}
          allowDeselect={false}
          w={200}
        />
        <Autocomplete
          type="search"
          label={t('enrollment.form.region')}
          placeholder={t('enrollment.applications.anyRegion')}
          data={[...REGIONS]}
          value={texts.region}
          onChange={(value) => setText('region', value)}
          maxLength={100}
          style={{ flex: '1 1 200px' }}
        />
        <TextInput
          type="search"
          label={t('enrollment.form.organization')}
          placeholder={t('enrollment.applications.organizationPlaceholder')}
          value={texts.organization}
          onChange={(event) => setText('organization', event.currentTarget.value)}
          maxLength={300}
          style={{ flex: '1 1 220px' }}
        />
        <Autocomplete
          type="search"
          label={t('enrollment.form.category')}
          placeholder={t('enrollment.applications.anyCategory')}
          data={Object.values(CATEGORIES)}
          value={texts.category}
          onChange={(value) => setText('category', value)}
          maxLength={100}
          style={{ flex: '1 1 240px' }}
        />
        {filtered && (
          <Button variant="subtle" onClick={clear}>
            {t('enrollment.applications.resetFilters')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed" mt={-8}>
        {t('enrollment.applications.exactHint')}
      </Text>

      {canDecide && selected.size > 0 && (
        <Paper
          withBorder
          shadow="sm"
          p="sm"
          radius="md"
          component="section"
          aria-label={t('enrollment.applications.bulkLabel')}
          // Stays in view above a long table; on narrow screens it would hide too much of it.
          pos={{ base: 'static', md: 'sticky' }}
          top={72}
          style={{ zIndex: 3 }}
        >
          <Group justify="space-between" gap="sm">
            <Group gap="sm">
              <Text fw={600}>{t('enrollment.applications.selected', { count: selected.size })}</Text>
              <Button variant="subtle" size="xs" onClick={() => setSelected(new Set())}>
                {t('enrollment.applications.clearSelection')}
              </Button>
            </Group>
            <DecisionButtons
              pending={source === 'bulk' ? pendingDecision : null}
              disabled={decide.isPending && source !== 'bulk'}
              onDecide={(decision) => onDecide(selectedIds, decision, 'bulk')}
            />
          </Group>
        </Paper>
      )}
      {source === 'bulk' && rejecting.length === 0 && decisionError}

      {content}

      <ApplicationDrawer
        application={openedApplication}
        questions={questionnaire.data?.questions}
        canDecide={canDecide}
        pending={source === 'drawer' ? pendingDecision : null}
        error={source === 'drawer' && rejecting.length === 0 ? decisionError : null}
        onDecide={(decision) => openedApplication && onDecide([openedApplication.id], decision, 'drawer')}
        onClose={() => {
          if (source === 'drawer') decide.reset();
          setOpened(null);
        }}
      />
      <RejectModal
        count={rejecting.length}
        pending={decide.isPending}
        error={decisionError}
        onConfirm={(message) => run(rejecting, 'reject', source, message)}
        onClose={() => {
          decide.reset();
          setRejecting([]);
        }}
      />
    </Stack>
  );
}

function AdmittedSummary({ admitted, capacity }: { admitted: number | undefined; capacity: number | null }) {
  const { t } = useTranslation();
  if (admitted === undefined) return null;
  if (capacity === null) {
    return <Text>{t('enrollment.applications.admittedUnlimited', { admitted })}</Text>;
  }
  const full = admitted >= capacity;
  return (
    <Stack gap={6} maw={360}>
      <Text>
        {t('enrollment.applications.admittedOf', { admitted, capacity })}
        {full && (
          <Text span c="orange.8" fw={600}>
            {' · '}
            {t('enrollment.applications.full')}
          </Text>
        )}
      </Text>
      <Progress
        value={capacity > 0 ? Math.min(100, (admitted / capacity) * 100) : 100}
        color={full ? 'orange' : 'teal'}
        size="sm"
        aria-label={t('enrollment.applications.admittedOf', { admitted, capacity })}
      />
    </Stack>
  );
}
