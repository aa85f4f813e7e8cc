import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface RowsSectionProps {
  legend: string;
  hint: string;
  /** The form path of the list, whose own error (e.g. "too many") shows above its rows. */
  path: string;
  error: ReactNode;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}

/** A fieldset of rows the person adds and removes (a program's outcomes and partners, a session's speakers). */
export function RowsSection({ legend, hint, path, error, addLabel, onAdd, children }: RowsSectionProps) {
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        {error && (
          <Text c="red.8" size="sm" data-path={path} tabIndex={-1}>
            {error}
          </Text>
        )}
        {children}
        <Group>
          <Button variant="default" size="sm" onClick={onAdd}>
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
