import type { Item, Roadmap, Task } from '../model/types';
import { compareWeeks, parseWeek, type IsoWeek, weekLabel } from './week';
import { groupProgress, itemSignatures } from './progress';

/** One saved check-in: its week and which tasks and items were done then. */
export interface CheckinRecord {
  week: string;
  /** `YYYY-MM-DD` of the save. */
  savedAt: string;
  done: string[];
  /** Each group's [done, total] then, by its name (progress.ts); absent in records older than it. */
  groups?: Record<string, [number, number]>;
  /** The signature of each item under way then, by item key (for stale items). */
  items?: Record<string, string>;
}

/** Kept in the plugin's data (`checkins`), shared by the plugin and the CLI. */
export interface CheckinHistory {
  version: 1;
  records: CheckinRecord[];
  /** "Still on it": an item key → the week from which it may be named stale again. */
  still?: Record<string, string>;
}

/** A task or item that is done, with what a person needs to recognise it. */
export interface DoneEntry {
  key: string;
  text: string;
  /** The item a task belongs to; null for an item. */
  item: string | null;
  path: string;
  line: number;
}

const MAX_RECORDS = 104;

export const emptyHistory = (): CheckinHistory => ({ version: 1, records: [] });

/** Reads saved history defensively: what is not a valid record is dropped, never thrown on. */
export function readHistory(raw: unknown): CheckinHistory {
  const records = raw && typeof raw === 'object' && Array.isArray((raw as { records?: unknown }).records) ? (raw as { records: unknown[] }).records : [];
  const valid = records.filter(
    (r): r is CheckinRecord =>
      !!r &&
      typeof r === 'object' &&
      typeof (r as CheckinRecord).week === 'string' &&
      parseWeek((r as CheckinRecord).week) !== null &&
      typeof (r as CheckinRecord).savedAt === 'string' &&
      Array.isArray((r as CheckinRecord).done) &&
      (r as CheckinRecord).done.every((k) => typeof k === 'string'),
  );
  const still = raw && typeof raw === 'object' ? (raw as { still?: unknown }).still : undefined;
  return {
    version: 1,
    records: valid.map((r) => ({ week: r.week, savedAt: r.savedAt, done: [...r.done], ...optionalMaps(r) })),
    ...(isStringMap<string>(still, (v) => typeof v === 'string' && parseWeek(v) !== null) ? { still: { ...still } } : {}),
  };
}

/** A record's group progress and item signatures, kept only when well formed. */
function optionalMaps(r: CheckinRecord): Pick<CheckinRecord, 'groups' | 'items'> {
  const out: Pick<CheckinRecord, 'groups' | 'items'> = {};
  const pair = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every((n) => Number.isInteger(n) && (n as number) >= 0);
  if (isStringMap(r.groups, pair)) out.groups = Object.fromEntries(Object.entries(r.groups).map(([k, v]) => [k, [v[0], v[1]]]));
  if (isStringMap(r.items, (v) => typeof v === 'string')) out.items = { ...r.items };
  return out;
}

function isStringMap<V>(value: unknown, ok: (v: unknown) => boolean): value is Record<string, V> {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(ok);
}

/**
 * Everything done now, by a key that survives edits elsewhere in the note (path, item
 * and task text, not lines or offsets).
 */
export function doneEntries(roadmap: Roadmap): DoneEntry[] {
  const entries: DoneEntry[] = [];
  const seen = new Map<string, number>();
  const add = (base: string, entry: Omit<DoneEntry, 'key'>) => {
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    entries.push({ key: `${base}\u241f${n}`, ...entry });
  };
  const visit = (item: Item, tasks: readonly Task[], trail: string) => {
    for (const task of tasks) {
      const here = `${trail}\u241f${task.text}`;
      if (task.done) add(`task\u241f${here}`, { text: task.text, item: item.title, path: task.path, line: task.line });
      visit(item, task.tasks, here);
    }
  };
  for (const group of roadmap.groups) {
    for (const item of group.items) {
      const trail = `${item.path}\u241f${group.title}\u241f${item.title}`;
      if (item.done === true) add(`item\u241f${trail}`, { text: item.title, item: null, path: item.path, line: item.line });
      visit(item, item.tasks, trail);
    }
  }
  return entries;
}

/** The history with this week's check-in recorded (replacing an earlier save of the same week). */
export function recordCheckin(history: CheckinHistory, week: IsoWeek, roadmap: Roadmap, today: string): CheckinHistory {
  const label = weekLabel(week);
  const records = history.records.filter((r) => r.week !== label);
  records.push({ week: label, savedAt: today, done: doneEntries(roadmap).map((e) => e.key), groups: groupProgress(roadmap), items: itemSignatures(roadmap) });
  records.sort((a, b) => compareWeeks(parseWeek(a.week)!, parseWeek(b.week)!));
  return { ...history, version: 1, records: records.slice(-MAX_RECORDS) };
}

/**
 * Two histories of the same vault as one (SPEC §5): this device's and the one another
 * device or the CLI wrote to the synced data meanwhile. A week saved in both keeps the
 * later save (the other one on a tie); weeks of either stay; never the older over the newer.
 */
export function mergeHistories(mine: CheckinHistory, theirs: CheckinHistory): CheckinHistory {
  const byWeek = new Map<string, CheckinRecord>();
  for (const record of [...mine.records, ...theirs.records]) {
    const known = byWeek.get(record.week);
    if (!known || record.savedAt >= known.savedAt) byWeek.set(record.week, record);
  }
  const records = [...byWeek.values()].sort((a, b) => compareWeeks(parseWeek(a.week)!, parseWeek(b.week)!));
  // "Still on it" from either device: the later week wins, so neither asks again too early.
  const still: Record<string, string> = { ...theirs.still };
  for (const [key, week] of Object.entries(mine.still ?? {})) if (!still[key] || compareWeeks(parseWeek(week)!, parseWeek(still[key])!) > 0) still[key] = week;
  return { version: 1, records: records.slice(-MAX_RECORDS), ...(Object.keys(still).length ? { still } : {}) };
}

/** The latest check-in saved for a week before this one. */
export function previousRecord(history: CheckinHistory, week: IsoWeek): CheckinRecord | null {
  let found: CheckinRecord | null = null;
  for (const record of history.records) if (compareWeeks(parseWeek(record.week)!, week) < 0) found = record;
  return found;
}

/**
 * What became done since the previous check-in (the latest saved before this week);
 * null when there is none to compare with.
 */
export function doneSince(history: CheckinHistory, week: IsoWeek, roadmap: Roadmap): DoneEntry[] | null {
  const previous = previousRecord(history, week);
  if (!previous) return null;
  const before = new Set(previous.done);
  return doneEntries(roadmap).filter((entry) => !before.has(entry.key));
}
