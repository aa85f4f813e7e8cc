import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Button, Group, Paper, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { useDeleteModule } from '../api/delete-module';
import { useReorderModules } from '../api/reorder-modules';
import { sortedModules, type Module } from '../api/schemas';
import { ModuleModal, type ModuleEditing } from './ModuleModal';

export function ModulesEditor({ programId, modules: unsorted }: { programId: number; modules: Module[] }) {
  const { t } = useTranslation();
  const modules = sortedModules(unsorted);
  const reorder = useReorderModules(programId);
  const [editing, setEditing] = useState<ModuleEditing>(null);
  const [deleting, setDeleting] = useState<Module | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const move = (from: number, to: number) => {
    if (to < 0 || to >= modules.length || from === to) return;
    const moved = arrayMove(modules, from, to);
    reorder.mutate(moved.map((module) => module.id));
    const module = modules[from];
    if (module) setAnnouncement(t('catalog.modules.movedTo', { title: module.title, position: to + 1 }));
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(
      modules.findIndex((module) => module.id === active.id),
      modules.findIndex((module) => module.id === over.id),
    );
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} fz="h3">
          {t('catalog.modules.heading')}
        </Title>
        <Button onClick={() => setEditing('new')}>{t('catalog.modules.add')}</Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('catalog.modules.reorderHint')}
      </Text>
      {reorder.isError && <ErrorAlert error={reorder.error} />}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {modules.length === 0 ? (
        <Text py="md">{t('catalog.modules.empty')}</Text>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <SortableContext items={modules.map((module) => module.id)} strategy={verticalListSortingStrategy}>
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('catalog.modules.heading')}>
              {modules.map((module, index) => (
                <SortableModule
                  key={module.id}
                  module={module}
                  index={index}
                  last={index === modules.length - 1}
                  busy={reorder.isPending}
                  onMove={move}
                  onEdit={() => setEditing(module)}
                  onDelete={() => setDeleting(module)}
                />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
      )}
      <ModuleModal programId={programId} editing={editing} onClose={() => setEditing(null)} />
      <DeleteModuleModal programId={programId} module={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

interface SortableModuleProps {
  module: Module;
  index: number;
  last: boolean;
  busy: boolean;
  onMove: (from: number, to: number) => void;
  onEdit: () => void;
  onDelete: () => void;
}

function SortableModule({ module, index, last, busy, onMove, onEdit, onDelete }: SortableModuleProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: module.id,
  });
  return (
    <Paper
      component="li"
      ref={setNodeRef}
      withBorder
      p="sm"
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.7 : 1,
        position: 'relative',
        zIndex: isDragging ? 1 : undefined,
      }}
      data-testid="module-row"
    >
      {/* On a phone the buttons move under the title instead of squeezing it. */}
      <Group gap="sm" align="center">
        <Tooltip label={t('catalog.modules.dragHandle')}>
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="lg"
            style={{ cursor: 'grab', touchAction: 'none' }}
            {...attributes}
            {...listeners}
            aria-label={t('catalog.modules.dragHandleFor', { title: module.title })}
          >
            ⠿
          </ActionIcon>
        </Tooltip>
        <Text fw={700} c="dimmed" w={28} ta="right">
          {index + 1}.
        </Text>
        <Stack gap={0} style={{ flex: '1 1 10rem', minWidth: 0 }}>
          <Text fw={600}>{module.title}</Text>
          <Text size="sm" c="dimmed">
            {t('catalog.hoursShort', { hours: module.hours })}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap" ml="auto">
          <ActionIcon
            variant="default"
            size="lg"
            disabled={index === 0 || busy}
            onClick={() => onMove(index, index - 1)}
            aria-label={t('catalog.modules.moveUp', { title: module.title })}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            disabled={last || busy}
            onClick={() => onMove(index, index + 1)}
            aria-label={t('catalog.modules.moveDown', { title: module.title })}
          >
            ↓
          </ActionIcon>
          <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={t('catalog.modules.editFor', { title: module.title })}>
            {t('catalog.modules.edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            onClick={onDelete}
            aria-label={t('catalog.modules.deleteFor', { title: module.title })}
          >
            {t('catalog.modules.delete')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

function DeleteModuleModal({ programId, module, onClose }: { programId: number; module: Module | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDeleteModal
      item={module}
      remove={useDeleteModule(programId)}
      title={t('catalog.modules.deleteTitle')}
      text={(item) => t('catalog.modules.deleteText', { title: item.title })}
      done={(item) => t('catalog.modules.deleted', { title: item.title })}
      confirmLabel={t('catalog.modules.delete')}
      onClose={onClose}
    />
  );
}
