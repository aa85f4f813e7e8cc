import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type ImportView } from '../api/import-schemas';

/** The field's name in the UI language; a field this screen does not know is shown as sent. */
export function importFieldLabel(field: string, t: TFunction): string {
  return (IMPORT_FIELDS as readonly string[]).includes(field)
    ? t(`enrollment.imports.fields.${field as ImportField}`)
    : field;
}

function Count({ label, value, color }: { label: string; value: string | number; color?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text fz={26} fw={700} lh={1.2} c={color}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Paper>
  );
}

/** The counts of a preview and how each heading of the file was read. */
export function ImportSummary({ view }: { view: ImportView }) {
  const { t } = useTranslation();
  const { summary } = view;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, xs: 3, md: 4, lg: summary.unverifiedAccounts > 0 ? 8 : 7 }} spacing="sm">
        <Count label={t('enrollment.imports.summary.rows')} value={summary.rows} />
        <Count label={t('enrollment.imports.summary.valid')} value={summary.valid} color="teal.8" />
        <Count
          label={t('enrollment.imports.summary.invalid')}
          value={summary.invalid}
          color={summary.invalid > 0 ? 'red.8' : undefined}
        />
        <Count label={t('enrollment.imports.summary.newAccounts')} value={summary.newAccounts} />
        <Count label={t('enrollment.imports.summary.existingAccounts')} value={summary.existingAccounts} />
        <Count label={t('enrollment.imports.summary.alreadyAdmitted')} value={summary.alreadyAdmitted} />
        {summary.unverifiedAccounts > 0 && (
          <Count label={t('enrollment.imports.summary.unverified')} value={summary.unverifiedAccounts} color="orange.8" />
        )}
        <Count
          label={t('enrollment.imports.summary.placesLeft')}
          value={summary.placesLeft ?? t('enrollment.imports.summary.unlimited')}
          color={summary.placesLeft !== null && summary.toAdmit > summary.placesLeft ? 'orange.8' : undefined}
        />
      </SimpleGrid>
      <div>
        <Text size="sm" fw={600} mb={6} id={`import-${view.id}-headings`}>
          {t('enrollment.imports.headings.title')}
        </Text>
        <Group gap={6} role="list" aria-labelledby={`import-${view.id}-headings`}>
          {view.headings.map((heading, index) => (
            <Badge
              key={`${index}-${heading.heading}`}
              role="listitem"
              tt="none"
              size="lg"
              radius="sm"
              variant="light"
              color={heading.field ? 'teal' : 'gray'}
              styles={{ label: { fontWeight: 500 } }}
            >
              {heading.field
                ? t('enrollment.imports.headings.recognized', {
                    heading: heading.heading || '—',
                    field: importFieldLabel(heading.field, t),
                  })
                : t('enrollment.imports.headings.ignored', { heading: heading.heading || '—' })}
            </Badge>
          ))}
        </Group>
      </div>
    </Stack>
  );
}
