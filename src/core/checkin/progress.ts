import type { Group, Item, Roadmap } from '../model/types';

/**
 * Progress history (SPEC §4): what each saved check-in remembers besides what was done —
 * every group's done/total, under a name people can read in the weekly note's
 * frontmatter, and the signature of every item in progress, so an item that has not
 * moved for N check-ins can be named stale.
 */

/** A group's name in the history: its title, with its note's when another note has a group of that title. */
export function groupNames(roadmap: Roadmap): Map<Group, string> {
  const count = new Map<string, number>();
  for (const group of roadmap.groups) count.set(group.title, (count.get(group.title) ?? 0) + 1);
  const titles = new Map(roadmap.notes.map((note) => [note.path, note.title]));
  const names = new Map<Group, string>();
  const used = new Set<string>();
  for (const group of roadmap.groups) {
    let name = count.get(group.title)! > 1 ? `${group.title} (${titles.get(group.path) ?? group.path})` : group.title;
    // Two groups of one title in one note: the later ones are numbered.
    for (let n = 2; used.has(name); n++) name = `${group.title} (${titles.get(group.path) ?? group.path} ${n})`;
    used.add(name);
    names.set(group, name);
  }
  return names;
}

/** Each group's done and total items, by its name. */
export function groupProgress(roadmap: Roadmap): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const [group, name] of groupNames(roadmap)) out[name] = [group.progress.done, group.progress.total];
  return out;
}

/** An item's key in the history: its note, group and title (lines move; these rarely do). */
export const itemKey = (item: Pick<Item, 'path' | 'title'>, group: string): string => `${item.path}\u241f${group}\u241f${item.title}`;

/** Whether an item is under way: doing, or to do with some of its tasks done. */
export const underWay = (item: Pick<Item, 'state' | 'progress'>): boolean => item.state === 'doing' || (item.state === 'todo' && item.progress.done > 0);

/** What an item in progress looks like now; the same signature week after week means it has not moved. */
export const signature = (item: Pick<Item, 'state' | 'status' | 'progress'>): string => `${item.state} ${item.status ?? ''} ${item.progress.done}/${item.progress.total}`;

/** The signatures of every item under way, by key. */
export function itemSignatures(roadmap: Roadmap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const group of roadmap.groups) for (const item of group.items) if (underWay(item)) out[itemKey(item, group.title)] = signature(item);
  return out;
}
