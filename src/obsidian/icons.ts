import { getIcon } from 'obsidian';

/**
 * The icons the plugin uses, by the names Lucide gave them first. Those are in the icon
 * set of the oldest Obsidian the manifest allows (1.7.2), and Obsidian 1.8 (Lucide 0.446)
 * still knows them as aliases. Where Lucide has since renamed one, its new name is used
 * when a later Obsidian no longer knows the old (tests/obsidian/icons.test.ts holds the
 * list to what the code uses).
 */
export const ICONS = {
  board: 'kanban',
  timeline: 'gantt-chart',
  checkin: 'calendar-check',
} as const;

const RENAMED: Record<string, string> = {
  'gantt-chart': 'chart-gantt',
  'more-horizontal': 'ellipsis',
  'alert-triangle': 'triangle-alert',
};

/** The name of `name` that the running Obsidian draws. */
export function iconId(name: string): string {
  const renamed = RENAMED[name];
  return renamed && !getIcon(name) && getIcon(renamed) ? renamed : name;
}
