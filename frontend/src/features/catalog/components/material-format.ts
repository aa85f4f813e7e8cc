import type { TFunction } from 'i18next';
import { sortedModules, type Material, type Module } from '../api/schemas';
import { intlLocale } from '../../../lib/dates';

const SIZE_UNITS = ['b', 'kb', 'mb', 'gb'] as const;

/** "2,4 МБ": binary multiples, as the server counts its limit; one decimal from kilobytes up. */
export function formatFileSize(bytes: number, t: TFunction, language: string | undefined): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const n = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return t(`catalog.materials.size.${SIZE_UNITS[unit] ?? 'b'}`, { n });
}

export function formatPercent(percent: number, language: string | undefined): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** "PDF", "DOCX", …: from the type detected at upload, else from the file's extension. */
export function fileTypeLabel(material: Pick<Material, 'contentType' | 'fileName'>): string | null {
  const byType = material.contentType ? TYPE_LABELS[material.contentType.split(';')[0]?.trim().toLowerCase() ?? ''] : undefined;
  if (byType) return byType;
  const extension = extensionOf(material.fileName ?? '');
  return extension ? extension.toUpperCase() : null;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : '';
}

const ALLOWED_EXTENSIONS = new Set(['pdf', 'docx', 'pptx', 'xlsx', 'png', 'jpg', 'jpeg']);

/** The server decides by content as well; this only spares a pointless upload. */
export function hasAllowedExtension(fileName: string): boolean {
  return ALLOWED_EXTENSIONS.has(extensionOf(fileName));
}

/** "Лекція 1.pdf" → "Лекція 1": the suggested title of an uploaded file. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim();
}

/** Only http(s) addresses become links; anything else the server might hold is shown as text. */
export function isWebUrl(url: string | null): url is string {
  return url !== null && /^https?:\/\/\S+$/i.test(url.trim());
}

/** "example.org" for a link's address line; the address itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export interface MaterialGroup {
  /** null: the whole program. */
  module: Module | null;
  /** 1-based number of the module in the program, as the program page shows it. */
  moduleNumber: number | null;
  materials: Material[];
}

/**
 * The whole program's materials, then each module's in module order, each by position: the order
 * the server keeps. A material of a module the program no longer lists stays with the whole program,
 * so it can still be seen, moved and deleted.
 */
export function groupMaterials(materials: Material[], modules: Module[]): MaterialGroup[] {
  const ordered = [...materials].sort((a, b) => a.position - b.position || a.id - b.id);
  const sorted = sortedModules(modules);
  const known = new Set(sorted.map((module) => module.id));
  return [
    {
      module: null,
      moduleNumber: null,
      materials: ordered.filter((material) => material.moduleId === null || !known.has(material.moduleId)),
    },
    ...sorted.map((module, index) => ({
      module,
      moduleNumber: index + 1,
      materials: ordered.filter((material) => material.moduleId === module.id),
    })),
  ];
}
