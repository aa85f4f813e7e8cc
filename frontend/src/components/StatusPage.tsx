import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from './PageTitle';

interface StatusPageProps {
  code?: string;
  title: string;
  text: string;
  actions?: ReactNode;
}

/** Friendly full-page message for 403, 404 and unexpected errors. */
export function StatusPage({ code, title, text, actions }: StatusPageProps) {
  return (
    <Stack align="flex-start" gap="sm" py="xl" maw={640}>
      {code && (
        <Text c="dimmed" fw={700} fz={48} lh={1} aria-hidden="true">
          {code}
        </Text>
      )}
      <PageTitle>{title}</PageTitle>
      <Text size="lg">{text}</Text>
      {actions && <Group mt="md">{actions}</Group>}
    </Stack>
  );
}
