import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One part of a report: a titled card, labelled by its heading. */
export function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={`${id}-title`} withBorder p={{ base: 'sm', sm: 'md' }} radius="md" style={{ minWidth: 0 }}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={`${id}-title`}>
            {title}
          </Title>
          {lead && (
            <Text size="sm" c="dimmed">
              {lead}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
