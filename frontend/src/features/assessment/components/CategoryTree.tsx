import { ActionIcon, Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../api/schemas';
import { buildTree, type CategoryNode } from './category-tree';

interface CategoryTreeProps {
  categories: Category[];
  /** The selected category; null is "all questions". */
  selected: number | null;
  onSelect: (id: number | null) => void;
  /** How many questions the bank holds, for "all questions". */
  total: number | undefined;
  labelledBy: string;
}

interface VisibleItem {
  id: number | null;
  parent: number | null;
  depth: number;
  expandable: boolean;
}

const ALL = 'all';
const keyOf = (id: number | null) => (id === null ? ALL : String(id));

/**
 * The bank's categories as an ARIA tree: "all questions" first, then each category with its
 * question count. Arrow keys move between the visible items (right and left open and close a
 * branch), Home and End go to the ends, Enter or Space selects.
 */
export function CategoryTree({ categories, selected, onSelect, total, labelledBy }: CategoryTreeProps) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const [focused, setFocused] = useState<number | null>(selected);
  const refs = useRef(new Map<string, HTMLElement>());
  const forest = buildTree(categories);

  const visible: VisibleItem[] = [{ id: null, parent: null, depth: -1, expandable: false }];
  const walk = (nodes: CategoryNode[], parent: number | null) => {
    for (const node of nodes) {
      visible.push({ id: node.category.id, parent, depth: node.depth, expandable: node.children.length > 0 });
      if (!collapsed.has(node.category.id)) walk(node.children, node.category.id);
    }
  };
  walk(forest, null);
  // The item that takes Tab: the focused one while it is visible, else the selected one, else "all".
  const tabStop = visible.some((item) => item.id === focused) ? focused : visible.some((item) => item.id === selected) ? selected : null;

  const toggle = (id: number, open: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });
  const focus = (id: number | null) => {
    setFocused(id);
    refs.current.get(keyOf(id))?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, item: VisibleItem) => {
    const index = visible.findIndex((candidate) => candidate.id === item.id);
    const open = item.id !== null && item.expandable && !collapsed.has(item.id);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focus(visible[Math.min(index + 1, visible.length - 1)]?.id ?? null),
      ArrowUp: () => focus(visible[Math.max(index - 1, 0)]?.id ?? null),
      Home: () => focus(null),
      End: () => focus(visible.at(-1)?.id ?? null),
      ArrowRight: () => {
        if (item.id === null || !item.expandable) return;
        if (open) focus(visible[index + 1]?.id ?? null);
        else toggle(item.id, true);
      },
      ArrowLeft: () => {
        if (open && item.id !== null) toggle(item.id, false);
        else if (item.id !== null) focus(item.parent);
      },
      Enter: () => onSelect(item.id),
      ' ': () => onSelect(item.id),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  const renderItem = (item: VisibleItem, label: string, count: number | undefined, children?: CategoryNode[]) => {
    const open = item.id !== null && !collapsed.has(item.id);
    return (
      <li
        key={keyOf(item.id)}
        role="treeitem"
        aria-selected={item.id === selected}
        aria-level={Math.max(item.depth, 0) + 1}
        aria-expanded={item.expandable ? open : undefined}
        tabIndex={item.id === tabStop ? 0 : -1}
        ref={(element) => {
          if (element) refs.current.set(keyOf(item.id), element);
          else refs.current.delete(keyOf(item.id));
        }}
        onKeyDown={(event) => {
          if (event.target === event.currentTarget) onKeyDown(event, item);
        }}
        onFocus={(event) => {
          if (event.target === event.currentTarget) setFocused(item.id);
        }}
        className="category-tree-item"
      >
        <Group gap={4} wrap="nowrap" pl={Math.max(item.depth, 0) * 16}>
          {item.expandable && item.id !== null ? (
            <ActionIcon
              variant="subtle"
              size="sm"
              tabIndex={-1}
              aria-hidden
              onClick={() => item.id !== null && toggle(item.id, !open)}
            >
              {open ? '▾' : '▸'}
            </ActionIcon>
          ) : (
            <span style={{ width: 22, flex: 'none' }} />
          )}
          <UnstyledButton
            tabIndex={-1}
            onClick={() => {
              onSelect(item.id);
              setFocused(item.id);
            }}
            className="category-tree-label"
            data-selected={item.id === selected || undefined}
          >
            <Text size="sm" component="span" fw={item.id === selected ? 700 : 400} style={{ overflowWrap: 'anywhere' }}>
              {label}
            </Text>
          </UnstyledButton>
          {count !== undefined && (
            <Badge size="sm" variant="light" color="gray" aria-label={t('assessment.bank.questionCount', { count })}>
              {count}
            </Badge>
          )}
        </Group>
        {children && children.length > 0 && open && (
          <ul role="group" className="category-tree-group">
            {children.map((child) => renderNode(child, item.id))}
          </ul>
        )}
      </li>
    );
  };
  const renderNode = (node: CategoryNode, parent: number | null) =>
    renderItem(
      { id: node.category.id, parent, depth: node.depth, expandable: node.children.length > 0 },
      node.category.name,
      node.category.questionCount,
      node.children,
    );

  return (
    <ul role="tree" aria-labelledby={labelledBy} className="category-tree">
      {renderItem(visible[0] as VisibleItem, t('assessment.bank.allQuestions'), total)}
      {forest.map((node) => renderNode(node, null))}
    </ul>
  );
}
