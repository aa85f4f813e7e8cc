import { Button, Group, MultiSelect, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/problem';
import type { Program } from '../api/schemas';
import { useTrainerSearch } from '../api/search-trainers';
import { useUpdateProgramTrainers } from '../api/update-program-trainers';

const SEARCH_DEBOUNCE_MS = 300;

/** Admins pick the program's trainers from the people who have the trainer role. */
export function TrainersEditor({ program }: { program: Program }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>(() => program.trainers.map((trainer) => String(trainer.id)));
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const candidates = useTrainerSearch(debouncedSearch);
  const save = useUpdateProgramTrainers();

  // Chosen people keep their labels even when the current search does not list them.
  const [known, setKnown] = useState<Record<string, string>>(() =>
    Object.fromEntries(program.trainers.map((trainer) => [String(trainer.id), trainer.fullName])),
  );
  const data = useMemo(() => {
    const options = new Map<string, string>();
    for (const id of selected) options.set(id, known[id] ?? id);
    for (const user of candidates.data?.items ?? []) options.set(String(user.id), `${user.fullName} (${user.email})`);
    return [...options].map(([value, label]) => ({ value, label }));
  }, [selected, known, candidates.data]);

  const onChange = (values: string[]) => {
    const labels = { ...known };
    for (const user of candidates.data?.items ?? []) labels[String(user.id)] = user.fullName;
    setKnown(labels);
    setSelected(values);
  };

  const fieldError = isApiError(save.error) ? save.error.fieldErrors.trainerIds : undefined;

  return (
    <Stack gap="sm">
      <Title order={2} fz="h3">
        {t('catalog.trainers.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('catalog.trainers.hint')}
      </Text>
      {save.isError && !fieldError && <ErrorAlert error={save.error} />}
      {candidates.isError && <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />}
      <MultiSelect
        name="trainerIds"
        label={t('catalog.trainers.label')}
        placeholder={t('catalog.trainers.placeholder')}
        searchable
        clearable
        data={data}
        value={selected}
        onChange={onChange}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        nothingFoundMessage={candidates.isFetching ? t('common.loading') : t('catalog.trainers.nothingFound')}
        error={fieldError}
      />
      <Group>
        <Button
          variant="default"
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { id: program.id, trainerIds: selected.map(Number) },
              { onSuccess: () => notifications.show({ message: t('catalog.trainers.saved'), color: 'teal' }) },
            )
          }
        >
          {t('catalog.trainers.save')}
        </Button>
      </Group>
    </Stack>
  );
}
