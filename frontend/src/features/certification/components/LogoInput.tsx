import { Button, FileInput, Group, Image, Stack } from '@mantine/core';
import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_TYPES, readImage } from './image-file';

interface LogoInputProps {
  label: string;
  /** A data URI, or null for none. */
  value: string | null;
  onChange: (dataUri: string | null, file: File | null) => void;
  error?: string;
  /** Names the remove button. */
  removeLabel: string;
  /** Finds the file input in tests. */
  testId?: string;
}

/** Picks a PNG or JPEG (≤ 300 KB) and hands it on as a data URI; shows the current one with "remove". */
export function LogoInput({ label, value, onChange, error, removeLabel, testId }: LogoInputProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const pick = async (file: File | null) => {
    setProblem(null);
    if (!file) return;
    const read = await readImage(file);
    if ('problem' in read) setProblem(t(`certification.design.image.${read.problem}`));
    else onChange(read.dataUri, file);
  };
  return (
    <Stack gap={6}>
      <FileInput
        label={label}
        description={t('certification.design.image.hint')}
        accept={IMAGE_TYPES.join(',')}
        placeholder={t('certification.design.image.choose')}
        value={null}
        onChange={(file) => void pick(file)}
        error={problem ?? error}
        clearable={false}
        fileInputProps={{ 'data-testid': testId } as ComponentProps<'input'>}
      />
      {value && (
        <Group gap="sm">
          <Image src={value} alt={label} h={48} w="auto" fit="contain" />
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => onChange(null, null)} aria-label={removeLabel}>
            {t('certification.design.remove')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
