import { Alert, Anchor, Button, FileInput, Group, List, Paper, Progress, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { isApiError } from '../../../lib/problem';
import { isAbortError } from '../../../lib/upload';
import { useConfirmQuestionImport } from '../api/confirm-question-import';
import { useCategories } from '../api/get-categories';
import { useQuestionImport } from '../api/get-question-import';
import { QUESTION_FILE_ACCEPT, QUESTION_TYPES, type QuestionImport } from '../api/schemas';
import { useUploadQuestionImport } from '../api/upload-question-import';
import { categoryLabel } from '../components/category-tree';
import { TypeBadge } from '../components/TypeBadge';
import { bankPath, type BankProgram } from '../viewer';

const AS_IN_FILE = 'file';

/**
 * `/manage/programs/:id/questions/import`: upload a GIFT or Moodle XML file (with its progress) into
 * a category or the file's own ones, read the preview (what will be created, what cannot be, the
 * problems by line), then confirm. Nothing is saved before the confirmation; the import's id stays
 * in the URL (`?import=`), so a reload keeps the preview.
 */
export function QuestionImportRoute({ program }: { program: BankProgram }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const categories = useCategories(program.id);
  const upload = useUploadQuestionImport(program.id);
  const rawImport = params.get('import');
  const importId = rawImport && /^\d+$/.test(rawImport) ? Number(rawImport) : null;
  const current = useQuestionImport(importId);
  const target = params.get('category') ?? AS_IN_FILE;
  const setParam = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const onFile = (file: File | null) => {
    upload.reset();
    setParam('import', null);
    if (!file) return;
    upload.mutate(
      { file, categoryId: target === AS_IN_FILE ? null : Number(target) },
      { onSuccess: (preview) => setParam('import', String(preview.id)) },
    );
  };

  const progress = upload.progress;
  const fileError = isApiError(upload.error) ? upload.error.fieldErrors.file : undefined;
  const uploadAlert = upload.isError && !fileError && !isAbortError(upload.error);

  return (
    <Stack gap="md" maw={1040}>
      <Anchor component={Link} to={bankPath(program.id)} size="sm">
        ← {t('assessment.editor.backToBank')}
      </Anchor>
      <PageTitle mb={0}>{t('assessment.import.title')}</PageTitle>
      <Text size="sm">{t('assessment.import.intro')}</Text>
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
        <Stack gap="sm" maw={480}>
          <Select
            label={t('assessment.import.target')}
            description={t('assessment.import.targetHint')}
            allowDeselect={false}
            searchable
            value={target}
            onChange={(value) => setParam('category', value === AS_IN_FILE || value === null ? null : value)}
            data={[
              { value: AS_IN_FILE, label: t('assessment.import.asInFile') },
              ...(categories.data ?? []).map((category) => ({ value: String(category.id), label: categoryLabel(category) })),
            ]}
            disabled={upload.isPending}
          />
          <FileInput
            label={t('assessment.import.file')}
            description={t('assessment.import.formats')}
            accept={QUESTION_FILE_ACCEPT}
            value={null}
            onChange={onFile}
            disabled={upload.isPending}
            error={fileError}
            clearable={false}
            fileInputProps={{ 'data-testid': 'question-file-input' } as ComponentProps<'input'>}
          />
          {upload.isPending && (
            <Stack gap={4}>
              <Progress value={progress?.percent ?? 0} aria-label={t('assessment.import.progressLabel')} animated />
              <Group gap="sm">
                <Text size="sm" role="status">
                  {progress && progress.percent < 100
                    ? t('assessment.import.uploading', { percent: progress.percent })
                    : t('assessment.import.reading')}
                </Text>
                <Button size="compact-sm" variant="subtle" onClick={upload.cancel}>
                  {t('assessment.import.cancel')}
                </Button>
              </Group>
            </Stack>
          )}
          {uploadAlert && <ErrorAlert error={upload.error} />}
        </Stack>
      </Paper>
      {importId !== null &&
        (current.isPending ? (
          <Loading />
        ) : current.isError ? (
          <ErrorAlert error={current.error} />
        ) : (
          <ImportResult programId={program.id} preview={current.data} onDiscard={() => onFile(null)} />
        ))}
    </Stack>
  );
}

interface ImportResultProps {
  programId: number;
  preview: QuestionImport;
  onDiscard: () => void;
}

function ImportResult({ programId, preview, onDiscard }: ImportResultProps) {
  const { t } = useTranslation();
  const confirm = useConfirmQuestionImport(programId);
  const headingId = useId();
  const count = preview.questions.length;
  if (preview.status === 'confirmed') {
    return (
      <Alert color="teal" variant="light" role="status" title={t('assessment.import.done', { count: preview.created ?? count })}>
        <Anchor component={Link} to={bankPath(programId)}>
          {t('assessment.import.toBank')}
        </Anchor>
      </Alert>
    );
  }
  const counts = QUESTION_TYPES.filter((type) => (preview.countsByType[type] ?? 0) > 0)
    .map((type) => `${t(`assessment.type.${type}`)}: ${preview.countsByType[type]}`)
    .join(' · ');
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} fz="h3" id={headingId}>
        {t('assessment.import.previewTitle', { file: preview.fileName })}
      </Title>
      <Alert color="blue" variant="light" role="note">
        {t('assessment.import.notSaved')}
      </Alert>
      <Text size="sm" fw={600}>
        {t(`assessment.import.format.${preview.format}`)} · {t('assessment.import.found', { count })}
        {counts && ` (${counts})`}
      </Text>
      {preview.unsupported.length > 0 && (
        <Alert color="yellow" variant="light" role="note" title={t('assessment.import.unsupportedTitle', { count: preview.unsupported.length })}>
          <List size="sm">
            {preview.unsupported.map((item) => (
              <List.Item key={`${item.line}-${item.position}`}>
                {t('assessment.import.unsupportedItem', { type: typeName(item.type, t), name: item.name, line: item.line })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview.problems.length > 0 && (
        <Alert color="red" variant="light" role="note" title={t('assessment.import.problemsTitle', { count: preview.problems.length })}>
          <List size="sm">
            {preview.problems.map((problem) => (
              <List.Item key={`${problem.line}-${problem.position}-${problem.code}`}>
                {t('assessment.import.problemItem', { line: problem.line, message: problem.message })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {count > 0 && (
        <Table.ScrollContainer minWidth={640} className="cards-on-phone">
          <Table striped verticalSpacing="xs">
            <Table.Caption>
              <VisuallyHidden>{t('assessment.import.caption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {(['colLine', 'colName', 'colCategory', 'colType'] as const).map((column) => (
                  <Table.Th scope="col" key={column}>
                    {t(`assessment.import.${column}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.questions.map((question) => (
                <Table.Tr key={`${question.line}-${question.position}`} data-testid="import-row">
                  <Table.Td data-label={t('assessment.import.colLine')}>{question.line}</Table.Td>
                  <Table.Th scope="row" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {question.name}
                  </Table.Th>
                  <Table.Td data-label={t('assessment.import.colCategory')}>{question.category.join(' / ')}</Table.Td>
                  <Table.Td data-label={t('assessment.import.colType')}>
                    <TypeBadge type={question.type} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {confirm.isError && <ErrorAlert error={confirm.error} />}
      <Group gap="sm">
        <Button onClick={() => confirm.mutate(preview.id)} loading={confirm.isPending} disabled={count === 0}>
          {t('assessment.import.confirm', { count })}
        </Button>
        <Button variant="default" onClick={onDiscard} disabled={confirm.isPending}>
          {t('assessment.import.discard')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A type the file names: the bank's own in its words, others ("essay", "cloze") as known words or as they are. */
function typeName(type: string, t: TFunction): string {
  const known = ['essay', 'cloze', 'description', 'calculated', 'ddwtos', 'gapselect', 'random'];
  const own = QUESTION_TYPES.find((candidate) => candidate === type);
  if (own) return t(`assessment.type.${own}`);
  if (known.includes(type)) return t(`assessment.import.otherType.${type as 'essay'}`);
  return type;
}
