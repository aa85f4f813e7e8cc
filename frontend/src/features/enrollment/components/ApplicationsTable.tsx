import { Anchor, Checkbox, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Application } from '../api/schemas';
import { categoryKey, fullName } from './options';
import { ApplicationStatusBadge } from './StatusBadge';

interface ApplicationsTableProps {
  applications: Application[];
  /** Administrators pick rows for a bulk decision; trainers read only. */
  selectable: boolean;
  selected: ReadonlySet<number>;
  onSelectedChange: (selected: Set<number>) => void;
  onOpen: (application: Application) => void;
}

/** Withdrawn applications cannot be decided on, so they cannot be picked either. */
export const isDecidable = (application: Application) => application.status !== 'withdrawn';

export function ApplicationsTable({ applications, selectable, selected, onSelectedChange, onOpen }: ApplicationsTableProps) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'uk-UA', { dateStyle: 'medium' });
  const formatDate = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
  };
  const category = (value: string) => {
    const key = categoryKey(value);
    return key ? t(`enrollment.categories.${key}`) : value;
  };

  const decidable = applications.filter(isDecidable);
  const selectedHere = decidable.filter((application) => selected.has(application.id)).length;
  const allSelected = decidable.length > 0 && selectedHere === decidable.length;
  const toggleAll = () => onSelectedChange(allSelected ? new Set() : new Set(decidable.map((application) => application.id)));
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectedChange(next);
  };

  return (
    <Table.ScrollContainer minWidth={selectable ? 1040 : 1000} className="cards-on-phone">
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('enrollment.applications.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {selectable && (
              <Table.Th scope="col" w={44}>
                <Checkbox
                  aria-label={t('enrollment.applications.selectAll')}
                  checked={allSelected}
                  indeterminate={selectedHere > 0 && !allSelected}
                  disabled={decidable.length === 0}
                  onChange={toggleAll}
                />
              </Table.Th>
            )}
            <Table.Th scope="col">{t('enrollment.applications.colName')}</Table.Th>
            <Table.Th scope="col">{t('enrollment.form.organization')}</Table.Th>
            <Table.Th scope="col">{t('enrollment.form.position')}</Table.Th>
            <Table.Th scope="col">{t('enrollment.form.region')}</Table.Th>
            <Table.Th scope="col">{t('enrollment.form.category')}</Table.Th>
            <Table.Th scope="col">{t('enrollment.applications.colSubmitted')}</Table.Th>
            <Table.Th scope="col">{t('enrollment.applications.colStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {applications.map((application) => {
            const name = fullName(application.profile);
            return (
              <Table.Tr
                key={application.id}
                data-testid="application-row"
                bg={selected.has(application.id) ? 'var(--mantine-primary-color-light)' : undefined}
              >
                {selectable && (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('enrollment.applications.select', { name })}
                      checked={selected.has(application.id)}
                      disabled={!isDecidable(application)}
                      onChange={() => toggle(application.id)}
                    />
                  </Table.Td>
                )}
                <Table.Th scope="row" fw={500}>
                  <Anchor component="button" type="button" fw={600} ta="left" onClick={() => onOpen(application)} aria-haspopup="dialog">
                    {name}
                  </Anchor>
                </Table.Th>
                <Table.Td data-label={t('enrollment.form.organization')}>
                  <Text size="sm">{application.profile.organization}</Text>
                </Table.Td>
                <Table.Td data-label={t('enrollment.form.position')}>
                  <Text size="sm">{application.profile.position}</Text>
                </Table.Td>
                <Table.Td data-label={t('enrollment.form.region')}>
                  <Text size="sm">{application.profile.region}</Text>
                </Table.Td>
                <Table.Td data-label={t('enrollment.form.category')}>
                  <Text size="sm">{category(application.profile.category)}</Text>
                </Table.Td>
                <Table.Td data-label={t('enrollment.applications.colSubmitted')}>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(application.submittedAt)}
                  </Text>
                </Table.Td>
                <Table.Td data-label={t('enrollment.applications.colStatus')}>
                  <ApplicationStatusBadge status={application.status} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
