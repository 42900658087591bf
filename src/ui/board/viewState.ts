import type { Grouping } from '../../core/settings';
import type { BoardChoices } from '../../core/board/lanes';

/** The board's state kept by Obsidian across reloads (the view's `getState`). */
export interface BoardViewState extends BoardChoices {
  /** Keys of collapsed lanes. */
  collapsed: string[];
  /** Keys of cards whose task lists are open. */
  expanded: string[];
}

const GROUPINGS: readonly Grouping[] = ['groups', 'status', 'timeline'];
const MAX_KEYS = 500;

const strings = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.slice(0, MAX_KEYS) : null;

/**
 * Reads saved view state, keeping each valid field and using the default for the rest:
 * a workspace file edited by hand or written by an older version never breaks the view.
 */
export function readViewState(raw: unknown, defaults: Pick<BoardChoices, 'grouping' | 'showDone'>): BoardViewState {
  const saved = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    grouping: GROUPINGS.includes(saved.grouping as Grouping) ? (saved.grouping as Grouping) : defaults.grouping,
    filter: typeof saved.filter === 'string' ? saved.filter.slice(0, 200) : '',
    notes: strings(saved.notes) ?? [],
    showDone: typeof saved.showDone === 'boolean' ? saved.showDone : defaults.showDone,
    collapsed: strings(saved.collapsed) ?? [],
    expanded: strings(saved.expanded) ?? [],
  };
}
