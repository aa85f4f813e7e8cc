import { ActionIcon, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { Loading } from '../../../components/Loading';
import { useDeleteMaterial } from '../api/delete-material';
import { useMaterials } from '../api/get-materials';
import { useReorderMaterials } from '../api/reorder-materials';
import type { Material, Module } from '../api/schemas';
import { groupMaterials, type MaterialGroup } from './material-format';
import { MaterialIcon, MaterialMeta, MaterialTitleLink, VisibilityBadge } from './MaterialParts';
import { MaterialLinkModal } from './MaterialLinkModal';
import { UploadMaterialModal } from './UploadMaterialModal';

/** The editor's materials section: the whole program's, then each module's, with upload, links, order and delete. */
export function MaterialsEditor({ programId, modules }: { programId: number; modules: Module[] }) {
  const { t } = useTranslation();
  const materials = useMaterials(programId);
  const reorder = useReorderMaterials(programId);
  const [adding, setAdding] = useState<'file' | 'link' | null>(null);
  const [deleting, setDeleting] = useState<Material | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const groups = groupMaterials(materials.data ?? [], modules);

  /** Moves within one group; the server gets every id of the program in the new order. */
  const move = (group: MaterialGroup, from: number, to: number) => {
    if (to < 0 || to >= group.materials.length || from === to) return;
    const moved = [...group.materials];
    const [material] = moved.splice(from, 1);
    if (!material) return;
    moved.splice(to, 0, material);
    reorder.mutate(groups.flatMap((g) => (g === group ? moved : g.materials)).map((m) => m.id));
    setAnnouncement(t('catalog.materials.moved', { title: material.title, position: to + 1 }));
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="materials-heading">
      <Group justify="space-between">
        <Title order={2} fz="h3" id="materials-heading">
          {t('catalog.materials.heading')}
        </Title>
        <Group gap="xs">
          <Button onClick={() => setAdding('file')}>{t('catalog.materials.upload')}</Button>
          <Button variant="default" onClick={() => setAdding('link')}>
            {t('catalog.materials.addLink')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('catalog.materials.hint')}
      </Text>
      {reorder.isError && <ErrorAlert error={reorder.error} />}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {materials.isPending ? (
        <Loading />
      ) : materials.isError ? (
        <ErrorAlert error={materials.error} onRetry={() => void materials.refetch()} />
      ) : materials.data.length === 0 ? (
        <Text py="md">{t('catalog.materials.empty')}</Text>
      ) : (
        <Stack gap="lg" mt="xs">
          {groups.map((group) => (
            <GroupSection
              key={group.module?.id ?? 'program'}
              group={group}
              busy={reorder.isPending}
              onMove={(from, to) => move(group, from, to)}
              onDelete={setDeleting}
            />
          ))}
        </Stack>
      )}
      <UploadMaterialModal programId={programId} modules={modules} opened={adding === 'file'} onClose={() => setAdding(null)} />
      <MaterialLinkModal programId={programId} modules={modules} opened={adding === 'link'} onClose={() => setAdding(null)} />
      <DeleteMaterialModal programId={programId} material={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

interface GroupSectionProps {
  group: MaterialGroup;
  busy: boolean;
  onMove: (from: number, to: number) => void;
  onDelete: (material: Material) => void;
}

function GroupSection({ group, busy, onMove, onDelete }: GroupSectionProps) {
  const { t } = useTranslation();
  const heading = group.module
    ? t('catalog.modules.numbered', { n: group.moduleNumber ?? 0, title: group.module.title })
    : t('catalog.materials.wholeProgram');
  const headingId = `materials-group-${group.module?.id ?? 'program'}`;
  return (
    <Stack gap="xs" data-testid="material-group">
      <Title order={3} fz="md" id={headingId}>
        {heading}
      </Title>
      {group.materials.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('catalog.materials.groupEmpty')}
        </Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
          {group.materials.map((material, index) => (
            <MaterialRow
              key={material.id}
              material={material}
              first={index === 0}
              last={index === group.materials.length - 1}
              busy={busy}
              onMoveUp={() => onMove(index, index - 1)}
              onMoveDown={() => onMove(index, index + 1)}
              onDelete={() => onDelete(material)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

interface MaterialRowProps {
  material: Material;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onDelete: () => void;
}

function MaterialRow({ material, first, last, busy, onMoveUp, onMoveDown, onDelete }: MaterialRowProps) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm" data-testid="material-row">
      {/* On narrow screens the badge and buttons move under the title instead of squeezing it. */}
      <Group wrap="wrap" gap="sm" align="center">
        <Group wrap="nowrap" gap="sm" style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <MaterialIcon kind={material.kind} />
          <VisuallyHidden>{t(`catalog.materials.kind.${material.kind}`)}:</VisuallyHidden>
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <MaterialTitleLink material={material} />
            <MaterialMeta material={material} />
          </Stack>
        </Group>
        <Group gap={4} wrap="nowrap" ml="auto">
          <VisibilityBadge visibility={material.visibility} />
          <ActionIcon
            ml="xs"
            variant="default"
            size="lg"
            disabled={first || busy}
            onClick={onMoveUp}
            aria-label={t('catalog.materials.moveUp', { title: material.title })}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            disabled={last || busy}
            onClick={onMoveDown}
            aria-label={t('catalog.materials.moveDown', { title: material.title })}
          >
            ↓
          </ActionIcon>
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            onClick={onDelete}
            aria-label={t('catalog.materials.deleteFor', { title: material.title })}
          >
            {t('catalog.materials.delete')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

function DeleteMaterialModal({ programId, material, onClose }: { programId: number; material: Material | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDeleteModal
      item={material}
      remove={useDeleteMaterial(programId)}
      title={t('catalog.materials.deleteTitle')}
      text={(item) => t('catalog.materials.deleteText', { title: item.title })}
      done={(item) => t('catalog.materials.deleted', { title: item.title })}
      confirmLabel={t('catalog.materials.delete')}
      onClose={onClose}
    />
  );
}
