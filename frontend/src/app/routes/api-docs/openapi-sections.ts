import { load } from 'js-yaml';

/** An OpenAPI document as far as splitting it into sections needs; everything else passes through. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  tags?: { name: string; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** The order the sections are offered in: the platform's features, roughly as a learner meets them. */
export const SECTION_ORDER = [
  'identity',
  'catalog',
  'enrollment',
  'notifications',
  'schedule',
  'attendance',
  'assessment',
  'certification',
  'reporting',
  'platform',
] as const;

/** Where Swagger UI files operations that name no tag. */
const UNTAGGED = 'default';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses the YAML the server serves; throws when it is not an OpenAPI document with paths. */
export function parseOpenApi(text: string): OpenApiDocument {
  const document = load(text, { filename: 'civitas.yml' });
  if (!isRecord(document) || typeof document.openapi !== 'string' || !isRecord(document.paths)) {
    throw new Error('Not an OpenAPI 3 document');
  }
  return document as OpenApiDocument;
}

function operationTags(operation: unknown): string[] {
  if (!isRecord(operation) || !Array.isArray(operation.tags) || operation.tags.length === 0) return [UNTAGGED];
  return operation.tags.filter((tag): tag is string => typeof tag === 'string');
}

function* operations(document: OpenApiDocument) {
  for (const [path, item] of Object.entries(document.paths)) {
    if (!isRecord(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (METHODS.has(method)) yield { path, method, tags: operationTags(operation) };
    }
  }
}

/** Every tag with how many operations carry it: the known ones in SECTION_ORDER, then the rest as they come. */
export function openApiSections(document: OpenApiDocument): { tag: string; operations: number }[] {
  const counts = new Map<string, number>();
  for (const { tags } of operations(document)) {
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const rank = (tag: string) => {
    const index = (SECTION_ORDER as readonly string[]).indexOf(tag);
    return index === -1 ? SECTION_ORDER.length : index;
  };
  return [...counts]
    .map(([tag, count], seen) => ({ tag, operations: count, seen }))
    .sort((a, b) => rank(a.tag) - rank(b.tag) || a.seen - b.seen)
    .map(({ tag, operations: count }) => ({ tag, operations: count }));
}

/**
 * The document cut down to one tag's operations (with their paths' shared parameters), keeping
 * every component, so `$ref`s still resolve. Swagger UI 5.34 virtualises the operation list from
 * 150 rows on (tags plus operations), and on this page the virtual list then shows only the first
 * few operations; one feature at a time stays far below that.
 */
export function openApiSection(document: OpenApiDocument, tag: string): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const [path, item] of Object.entries(document.paths)) {
    if (!isRecord(item)) continue;
    const kept = Object.entries(item).filter(([key, value]) => !METHODS.has(key) || operationTags(value).includes(tag));
    if (kept.some(([key]) => METHODS.has(key))) paths[path] = Object.fromEntries(kept);
  }
  const section: OpenApiDocument = { ...document, paths };
  if (document.tags) section.tags = document.tags.filter((entry) => entry.name === tag);
  return section;
}
