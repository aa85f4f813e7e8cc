import { Button, Checkbox, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../api/schemas';
import { AttendanceStatusBadge } from './AttendanceStatusBadge';

const COLUMNS = ['colName', 'colOrganization', 'colRegistered', 'colStatus', 'colMinutes', 'colSource', 'colNote'] as const;

interface RegisterTableProps {
  entries: Entry[];
  selected: ReadonlySet<number>;
  onSelectedChange: (selected: Set<number>) => void;
  onEdit: (entry: Entry) => void;
  /** While a bulk change runs, nothing else is picked or changed. */
  busy: boolean;
}

/** The register: one row per admitted participant (a card on a phone), picked for bulk changes or changed one by one. */
export function RegisterTable({ entries, selected, onSelectedChange, onEdit, busy }: RegisterTableProps) {
  const { t } = useTranslation();
  const allSelected = entries.length > 0 && entries.every((entry) => selected.has(entry.userId));
  const toggle = (userId: number) => {
    const next = new Set(selected);
    if (next.has(userId)) next.delete(userId);
    else next.add(userId);
    onSelectedChange(next);
  };

  return (
    <Table.ScrollContainer minWidth={980} className="cards-on-phone">
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('attendance.register.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={44}>
              <Checkbox
                aria-label={t('attendance.register.selectAll')}
                checked={allSelected}
                indeterminate={selected.size > 0 && !allSelected}
                disabled={busy}
                onChange={() => onSelectedChange(allSelected ? new Set() : new Set(entries.map((entry) => entry.userId)))}
              />
            </Table.Th>
            {COLUMNS.map((column) => (
              <Table.Th scope="col" key={column}>
                {t(`attendance.register.${column}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">
              <VisuallyHidden>{t('attendance.register.colActions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr
              key={entry.userId}
              data-testid="register-row"
              bg={selected.has(entry.userId) ? 'var(--mantine-primary-color-light)' : undefined}
            >
              <Table.Td>
                <Checkbox
                  aria-label={t('attendance.register.select', { name: entry.fullName })}
                  checked={selected.has(entry.userId)}
                  disabled={busy}
                  onChange={() => toggle(entry.userId)}
                />
              </Table.Td>
              <Table.Th scope="row" fw={500}>
                <Text fw={600} size="sm">
                  {entry.fullName}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {entry.email}
                </Text>
              </Table.Th>
              <Table.Td data-label={t('attendance.register.colOrganization')}>
                <Text size="sm">{entry.organization}</Text>
              </Table.Td>
              <Table.Td data-label={t('attendance.register.colRegistered')}>
                <Text size="sm">{entry.registered ? t('attendance.register.yes') : t('attendance.register.no')}</Text>
              </Table.Td>
              <Table.Td data-label={t('attendance.register.colStatus')}>
                <AttendanceStatusBadge status={entry.status} source={entry.source} />
              </Table.Td>
              <Table.Td data-label={t('attendance.register.colMinutes')}>
                <Text size="sm">{entry.minutes ?? '—'}</Text>
              </Table.Td>
              <Table.Td data-label={t('attendance.register.colSource')}>
                <Text size="sm">{entry.source ? t(`attendance.source.${entry.source}`) : '—'}</Text>
              </Table.Td>
              {/* Empty without a note, so a phone's card leaves the label out. */}
              <Table.Td data-label={t('attendance.register.colNote')}>
                {entry.note && (
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {entry.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="default"
                  disabled={busy}
                  onClick={() => onEdit(entry)}
                  aria-label={t('attendance.register.editFor', { name: entry.fullName })}
                  aria-haspopup="dialog"
                >
                  {t('attendance.register.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
