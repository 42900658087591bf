import { dueMark } from '../model/due';
import type { Group, Item, Roadmap, State } from '../model/types';

/**
 * The roadmap in time (SPEC §4 Roadmap timeline, §7 `roadmap timeline`): one row per
 * group, under its note, with the items that have a date — as a bar from `start` to
 * `due`, or a diamond at the one date it has — and the items with none, listed apart,
 * one click from getting one. The view and the CLI both read it.
 */
export interface TimelineItem {
  title: string;
  path: string;
  line: number;
  ref: string | null;
  start: string | null;
  due: string | null;
  state: State;
  /** Drawn as a diamond at its date: a milestone, or an item with one date only. */
  diamond: boolean;
  milestone: boolean;
  overdue: boolean;
}

export interface TimelineRow {
  key: string;
  note: string;
  path: string;
  group: string;
  line: number;
  /** The group's own due date (a flag on the row). */
  due: string | null;
  progress: Group['progress'];
  items: TimelineItem[];
}

export interface Timeline {
  rows: TimelineRow[];
  undated: TimelineItem[];
  /** The first and last date of any item or group, to fit the range to; null when none. */
  span: { from: string; to: string } | null;
}

const MILESTONE = /\bmilestones?\b/i;

/** An entry's key in a view, and of the model item it stands for: note, line and title. */
export const entryKey = (entry: Pick<TimelineItem, 'path' | 'line' | 'title'>): string => `${entry.path}:${entry.line}:${entry.title}`;

export function timelineOf(roadmap: Roadmap, today: string): Timeline {
  const titles = new Map(roadmap.notes.map((note) => [note.path, note.title]));
  const rows: TimelineRow[] = [];
  const undated: TimelineItem[] = [];
  const seen = new Map<string, number>();
  let from: string | null = null;
  let to: string | null = null;
  const widen = (date: string | null) => {
    if (!date) return;
    if (!from || date < from) from = date;
    if (!to || date > to) to = date;
  };
  for (const group of roadmap.groups) {
    const milestoneGroup = MILESTONE.test(group.title);
    const base = `${group.path}\u241f${group.title}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const row: TimelineRow = { key: `${base}\u241f${n}`, note: titles.get(group.path) ?? group.path, path: group.path, group: group.title, line: group.line, due: group.due, progress: group.progress, items: [] };
    widen(group.due);
    for (const item of group.items) {
      const entry = timelineItem(item, milestoneGroup, today);
      if (!entry.start && !entry.due) undated.push(entry);
      else {
        row.items.push(entry);
        widen(entry.start);
        widen(entry.due);
      }
    }
    if (row.items.length || row.due) rows.push(row);
  }
  return { rows, undated, span: from && to ? { from, to } : null };
}

function timelineItem(item: Item, milestoneGroup: boolean, today: string): TimelineItem {
  const milestone = milestoneGroup || MILESTONE.test(item.title);
  // A start after the due date is a typo a bar cannot draw: the item shows at its due.
  const start = item.start && item.due && item.start > item.due ? null : item.start;
  return {
    title: item.title,
    path: item.path,
    line: item.line,
    ref: item.ref,
    start,
    due: item.due,
    state: item.state,
    diamond: milestone || !start || !item.due,
    milestone,
    overdue: dueMark(item.due, today, item.state) === 'overdue',
  };
}
