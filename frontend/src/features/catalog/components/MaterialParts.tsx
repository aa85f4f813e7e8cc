import { Anchor, Badge, NativeSelect, Radio, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MATERIAL_VISIBILITIES,
  sortedModules,
  type Material,
  type MaterialKind,
  type MaterialVisibility,
  type Module,
} from '../api/schemas';
import { optionAria } from '../../../lib/form/group-aria';
import { fileTypeLabel, formatFileSize, hostOf, isWebUrl } from './material-format';

const ICON_PATHS: Record<MaterialKind, string[]> = {
  file: ['M14 3v4a1 1 0 0 0 1 1h4', 'M17 21H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h7l5 5v11a2 2 0 0 1-2 2z', 'M9 13h6', 'M9 17h6'],
  link: [
    'M9 15l6-6',
    'M11 6l.46-.54a5 5 0 0 1 7.07 7.08l-.53.46',
    'M13 18l-.4.53a5.07 5.07 0 0 1-7.12 0 4.97 4.97 0 0 1 0-7.07l.52-.46',
  ],
};

/** A document or a chain link; decorative, the row's text says what the material is. */
export function MaterialIcon({ kind, size = 'lg' }: { kind: MaterialKind; size?: 'md' | 'lg' }) {
  return (
    <ThemeIcon variant="light" color={kind === 'file' ? 'blue' : 'grape'} size={size} radius="md" aria-hidden="true">
      <svg
        width="70%"
        height="70%"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        focusable="false"
      >
        {ICON_PATHS[kind].map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    </ThemeIcon>
  );
}

export function VisibilityBadge({ visibility }: { visibility: MaterialVisibility }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={visibility === 'public' ? 'teal' : 'gray'} tt="none" style={{ flexShrink: 0 }}>
      {t(`catalog.materials.badge.${visibility}`)}
    </Badge>
  );
}

/** The title as a link: files download (the server always sends them as attachments), links open in a new tab. */
export function MaterialTitleLink({ material }: { material: Material }) {
  const { t } = useTranslation();
  if (material.kind === 'link') {
    if (!isWebUrl(material.url)) return <Text fw={600}>{material.title}</Text>;
    return (
      <Anchor href={material.url} target="_blank" rel="noopener noreferrer" fw={600}>
        {material.title} <span aria-hidden="true">↗</span>
        <VisuallyHidden> {t('catalog.materials.opensInNewTab')}</VisuallyHidden>
      </Anchor>
    );
  }
  if (!material.url) return <Text fw={600}>{material.title}</Text>;
  return (
    <Anchor href={material.url} fw={600}>
      {material.title}
    </Anchor>
  );
}

/** "PDF · 2,4 МБ · лекція-1.pdf" for files, the site's address for links. */
export function MaterialMeta({ material }: { material: Material }) {
  const { t, i18n } = useTranslation();
  const parts =
    material.kind === 'file'
      ? [
          fileTypeLabel(material),
          material.sizeBytes === null ? null : formatFileSize(material.sizeBytes, t, i18n.resolvedLanguage),
          material.fileName,
        ]
      : [material.url ? hostOf(material.url) : null];
  const text = parts.filter((part): part is string => Boolean(part)).join(' · ');
  if (!text) return null;
  return (
    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

/** "Уся програма", then "Модуль 1. …" in program order; the value is the module id or '' for the program. */
export function moduleOptions(modules: Module[], t: TFunction) {
  return [
    { value: '', label: t('catalog.materials.wholeProgram') },
    ...sortedModules(modules).map((module, index) => ({
      value: String(module.id),
      label: t('catalog.modules.numbered', { n: index + 1, title: module.title }),
    })),
  ];
}

/** The module a material belongs to, or the whole program (''); takes a form's input props. */
export function ModuleField({ modules, ...props }: GetInputPropsReturnType & { modules: Module[] }) {
  const { t } = useTranslation();
  return <NativeSelect label={t('catalog.materials.module')} data={moduleOptions(modules, t)} {...props} />;
}

/** Who sees a material; takes a form's input props. */
export function VisibilityField(props: GetInputPropsReturnType) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Radio.Group id={id} label={t('catalog.materials.visibility')} {...props}>
      <Stack gap="xs" mt={6}>
        {MATERIAL_VISIBILITIES.map((option) => (
          <Radio
            key={option}
            value={option}
            label={t(`catalog.materials.visibilityOption.${option}`)}
            description={t(`catalog.materials.visibilityHint.${option}`)}
            {...optionAria(id, props.error)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The module select's value as the API wants it: '' is the whole program (null). */
export function moduleIdOf(value: string): number | null {
  return value === '' ? null : Number(value);
}
