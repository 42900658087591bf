import type { Item, Roadmap } from '../model/types';
import type { CheckinHistory } from './history';
import { groupNames, itemKey, signature, underWay } from './progress';
import { compareWeeks, parseWeek, shiftWeek, weekLabel, type IsoWeek } from './week';

/** The default number of saved check-ins an item may sit unchanged before it is named stale. */
export const STALE_AFTER = 3;

export interface StaleItem {
  key: string;
  item: Item;
  group: string;
}

/**
 * Stale items (SPEC §4): under way (doing, or to do with tasks done) and unchanged —
 * the same state, status and progress — across the last `n` check-ins saved up to `week`,
 * and now. An item someone said "Still on it" for is not named again before the week
 * recorded for it.
 */
export function staleItems(history: CheckinHistory, roadmap: Roadmap, week: IsoWeek, n = STALE_AFTER): StaleItem[] {
  const recent = history.records.filter((r) => compareWeeks(parseWeek(r.week)!, week) <= 0).slice(-n);
  if (n < 1 || recent.length < n) return [];
  const out: StaleItem[] = [];
  for (const group of roadmap.groups) {
    for (const item of group.items) {
      if (!underWay(item)) continue;
      const key = itemKey(item, group.title);
      const until = history.still?.[key];
      if (until && compareWeeks(week, parseWeek(until)!) < 0) continue;
      const now = signature(item);
      if (recent.every((r) => r.items?.[key] === now)) out.push({ key, item, group: group.title });
    }
  }
  return out;
}

/** "Still on it": the history remembers not to ask about the item for `n` more weeks. */
export function stillOnIt(history: CheckinHistory, key: string, week: IsoWeek, n = STALE_AFTER): CheckinHistory {
  return { ...history, still: { ...history.still, [key]: weekLabel(shiftWeek(week, n)) } };
}

export interface ProgressPoint {
  week: string;
  done: number;
  total: number;
}

/** Each group's done and total over the recorded weeks, for its burn-up chart (groups as the roadmap has them now). */
export function progressSeries(history: CheckinHistory, roadmap: Roadmap): { group: string; path: string; points: ProgressPoint[] }[] {
  return [...groupNames(roadmap)].map(([group, name]) => ({
    group: name,
    path: group.path,
    points: history.records.flatMap((r) => {
      const pair = r.groups?.[name];
      return pair ? [{ week: r.week, done: pair[0], total: pair[1] }] : [];
    }),
  }));
}
