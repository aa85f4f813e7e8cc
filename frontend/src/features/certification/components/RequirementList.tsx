import { List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '../api/schemas';
import { requirementLabel, type ModuleRef } from './progress-text';

/** The rules as a checklist: each one met or not, with done/required. */
export function RequirementList({ requirements, modules }: { requirements: Requirement[]; modules?: ModuleRef[] }) {
  const { t } = useTranslation();
  return (
    <List spacing={6} size="sm" aria-label={t('certification.progress.checklist')} center>
      {requirements.map((requirement, index) => (
        <List.Item
          key={`${requirement.kind}-${requirement.moduleId ?? ''}-${requirement.quizId ?? ''}-${index}`}
          icon={
            <ThemeIcon size={20} radius="xl" color={requirement.met ? 'teal' : 'gray'} variant={requirement.met ? 'filled' : 'light'} aria-hidden>
              {requirement.met ? '✓' : '·'}
            </ThemeIcon>
          }
        >
          <Text size="sm" span>
            <VisuallyHidden>{requirement.met ? t('certification.progress.met') : t('certification.progress.notMet')}: </VisuallyHidden>
            {requirementLabel(requirement, modules, t)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
