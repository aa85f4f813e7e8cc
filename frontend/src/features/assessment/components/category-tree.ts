import type { Category } from '../api/schemas';

/** A category with its children, as the tree shows it. */
export interface CategoryNode {
  category: Category;
  depth: number;
  children: CategoryNode[];
}

/** The categories (in tree order, as the server lists them) as a forest. */
export function buildTree(categories: Category[]): CategoryNode[] {
  const nodes = new Map<number, CategoryNode>();
  const roots: CategoryNode[] = [];
  for (const category of categories) {
    const parent = category.parentId === null ? undefined : nodes.get(category.parentId);
    const node: CategoryNode = { category, depth: parent ? parent.depth + 1 : 0, children: [] };
    nodes.set(category.id, node);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The category and every category under it: a category cannot move under any of them. */
export function withDescendants(categories: Category[], id: number): Set<number> {
  const ids = new Set([id]);
  for (const category of categories) {
    if (category.parentId !== null && ids.has(category.parentId)) ids.add(category.id);
  }
  return ids;
}

/** "Law / Budget", for selects. */
export const categoryLabel = (category: Category) => category.path.join(' / ');
