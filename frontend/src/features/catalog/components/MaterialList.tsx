import { Group, Stack } from '@mantine/core';
import type { Material } from '../api/schemas';
import { MaterialIcon, MaterialMeta, MaterialTitleLink, VisibilityBadge } from './MaterialParts';

interface MaterialListProps {
  materials: Material[];
  /** Marks the materials only participants see, for those who can see both kinds (editors). */
  showVisibility?: boolean;
  /** The program's language, when the interface speaks another (see `useContentLang`). */
  lang?: string;
  'aria-labelledby'?: string;
}

/** Materials as a reader sees them: files to download with type and size, links that open in a new tab. */
export function MaterialList({ materials, showVisibility = false, lang, 'aria-labelledby': labelledBy }: MaterialListProps) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {materials.map((material) => (
        <Group component="li" key={material.id} gap="sm" wrap="nowrap" align="flex-start" data-testid="material-item">
          <MaterialIcon kind={material.kind} size="md" />
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <Group gap="xs" wrap="wrap">
              <span lang={lang}>
                <MaterialTitleLink material={material} />
              </span>
              {showVisibility && material.visibility === 'participants' && <VisibilityBadge visibility={material.visibility} />}
            </Group>
            <MaterialMeta material={material} />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
