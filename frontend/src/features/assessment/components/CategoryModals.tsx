import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { useCreateCategory } from '../api/create-category';
import { useDeleteCategory } from '../api/delete-category';
import type { Category } from '../api/schemas';
import { useUpdateCategory } from '../api/update-category';
import { categoryLabel, withDescendants } from './category-tree';
import { ConfirmDelete } from './ConfirmDelete';

const TOP = 'top';

interface CategoryModalProps {
  programId: number;
  categories: Category[];
  /** What the modal does: add a category (under `parentId`) or rename and move `category`. */
  editing: { category: Category } | { parentId: number | null };
  onClose: () => void;
  onSaved: (category: Category) => void;
}

/** Adds a category, or renames and moves one (its parent picked from the others, never from under itself). */
export function CategoryModal({ programId, categories, editing, onClose, onSaved }: CategoryModalProps) {
  const { t } = useTranslation();
  const create = useCreateCategory(programId);
  const update = useUpdateCategory(programId);
  const category = 'category' in editing ? editing.category : null;
  const mutation = category ? update : create;
  const parentId = category ? category.parentId : 'parentId' in editing ? editing.parentId : null;
  const form = useForm({
    initialValues: { name: category?.name ?? '', parentId: parentId === null ? TOP : String(parentId) },
    validate: { name: (value: string) => (value.trim() ? null : t('validation.required')) },
  });
  const feedback = useFormFeedback(form, mutation.error);
  const excluded = category ? withDescendants(categories, category.id) : new Set<number>();
  const labels: Record<string, string> = { name: t('assessment.category.name'), parentId: t('assessment.category.parent') };

  const save = (values: { name: string; parentId: string }) => {
    const request = { name: values.name.trim(), parentId: values.parentId === TOP ? null : Number(values.parentId) };
    const onSuccess = (saved: Category) => {
      notifications.show({ color: 'teal', message: t(category ? 'assessment.category.saved' : 'assessment.category.created', { name: saved.name }) });
      onSaved(saved);
    };
    if (category) update.mutate({ id: category.id, request }, { onSuccess });
    else create.mutate(request, { onSuccess });
  };

  return (
    <Modal opened onClose={onClose} title={t(category ? 'assessment.category.editTitle' : 'assessment.category.addTitle')} centered>
      <form onSubmit={feedback.onSubmit(save)} noValidate>
        <Stack gap="sm">
          <FormErrorSummary {...feedback.summary} label={(path) => labels[path]} />
          <TextInput label={labels.name} required data-autofocus {...form.getInputProps('name')} />
          <Select
            label={labels.parentId}
            allowDeselect={false}
            searchable
            data={[
              { value: TOP, label: t('assessment.category.top') },
              ...categories
                .filter((candidate) => !excluded.has(candidate.id))
                .map((candidate) => ({ value: String(candidate.id), label: categoryLabel(candidate) })),
            ]}
            {...form.getInputProps('parentId')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Asks before deleting an empty category; the server refuses one that still holds questions or categories. */
export function DeleteCategoryModal({ programId, category, onClose, onDeleted }: { programId: number; category: Category; onClose: () => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDelete
      id={category.id}
      remove={useDeleteCategory(programId)}
      title={t('assessment.category.deleteTitle')}
      text={t('assessment.category.deleteText', { name: categoryLabel(category) })}
      confirmLabel={t('assessment.category.delete')}
      done={t('assessment.category.deleted', { name: category.name })}
      onClose={onClose}
      onDeleted={onDeleted}
    />
  );
}
