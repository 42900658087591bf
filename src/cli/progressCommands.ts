import { mergeHistories } from '../core/checkin/history';
import { progressSeries, staleItems } from '../core/checkin/stale';
import { weekLabel, weekOfDate } from '../core/checkin/week';
import type { Settings } from '../core/settings';
import type { ParsedArgs } from './args';
import { openCheckins } from './checkinCommand';
import type { FsVault } from './fsVault';
import type { Io } from './io';

/**
 * `roadmap history`: each group's done/total over the weeks recorded — the plugin's data
 * merged with what the weekly notes' frontmatter says (SPEC §4), so a vault whose data
 * was lost still has its history.
 */
export async function historyCommand(vault: FsVault, settings: Settings, args: ParsedArgs, io: Io, configDir: string, today: string): Promise<number> {
  const { roadmap, checkins, history } = await openCheckins(io, vault, settings, configDir);
  const merged = mergeHistories(await checkins.historyFromNotes(weekOfDate(today)), history());
  const series = progressSeries(merged, roadmap);
  if (args.json) {
    io.out(`${JSON.stringify({ version: 1, groups: series }, null, 2)}\n`);
    return 0;
  }
  const weeks = merged.records.filter((r) => r.groups).length;
  if (!weeks) {
    io.out('No check-in recorded yet: save one (roadmap checkin) and each group’s progress is kept from then on.\n');
    return 0;
  }
  const width = Math.max(...series.map((s) => s.group.length));
  for (const { group, points } of series) {
    const line = points.map((p) => `${p.week.slice(5)} ${p.done}/${p.total}`).join('  ');
    io.out(`${group.padEnd(width)}  ${line || '(not recorded)'}\n`);
  }
  return 0;
}

/** `roadmap stale`: the items under way that have not moved across the last three check-ins. */
export async function staleCommand(vault: FsVault, settings: Settings, args: ParsedArgs, io: Io, configDir: string, today: string): Promise<number> {
  const { roadmap, history, settings: used } = await openCheckins(io, vault, settings, configDir);
  const week = weekOfDate(today);
  const n = used.staleAfter;
  const checkins = `${n} check-in${n === 1 ? '' : 's'}`;
  const stale = staleItems(history(), roadmap, week, n);
  if (!stale.length) {
    io.out(`Nothing stale in ${weekLabel(week)} (an item under way is stale when ${checkins} in a row saw it unchanged).\n`);
    return 0;
  }
  for (const { item, group } of stale) {
    const progress = item.progress.total ? `, ${item.progress.done}/${item.progress.total} tasks` : '';
    io.out(`${item.path}:${item.line} "${item.title}" (${group}): ${item.state === 'doing' ? 'Doing' : 'To do'}${progress}, unchanged for ${checkins}\n`);
  }
  return 0;
}
