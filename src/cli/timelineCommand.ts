import { indexVault } from '../core/index/indexVault';
import type { Settings } from '../core/settings';
import { timelineOf, type Timeline, type TimelineItem } from '../core/timeline/rows';
import { DEFAULT_CONFIG_DIR, type ParsedArgs } from './args';
import type { FsVault } from './fsVault';
import type { Io } from './io';
import { tasksStatuses } from './vaultSetup';

/** `roadmap timeline`: each group's dated items (start → due, or a diamond at one date), and the undated ones. */
export async function timelineCommand(vault: FsVault, settings: Settings, args: ParsedArgs, io: Io, today: string): Promise<number> {
  const { roadmap, errors } = await indexVault(vault, settings, { tasksStatuses: await tasksStatuses(vault.root, args.configDir ?? DEFAULT_CONFIG_DIR) });
  for (const error of errors) io.err(`roadmap: ${error.path}: ${error.message}\n`);
  const timeline = timelineOf(roadmap, today);
  io.out(args.json ? `${JSON.stringify(timelineJson(timeline, today), null, 2)}\n` : timelineText(timeline));
  return 0;
}

const itemJson = ({ title, path, line, start, due, state, milestone, diamond, overdue, ref }: TimelineItem) => ({ title, path, line, start, due, state, milestone, diamond, overdue, ref });

export function timelineJson(timeline: Timeline, today: string) {
  return {
    version: 1,
    today,
    span: timeline.span,
    rows: timeline.rows.map((row) => ({ note: row.note, path: row.path, group: row.group, line: row.line, due: row.due, progress: row.progress, items: row.items.map(itemJson) })),
    undated: timeline.undated.map(itemJson),
  };
}

const STATE_MARK: Record<string, string> = { todo: '', doing: ' (doing)', done: ' (done)', cancelled: ' (cancelled)' };

/** One line per dated item: `◆ 2026-03-31  Title` or `▬ 2026-01-05 → 2026-06-30  Title`, under note and group. */
export function timelineText(timeline: Timeline): string {
  const out: string[] = [];
  let note = '';
  for (const row of timeline.rows) {
    if (row.path !== note) {
      if (out.length) out.push('');
      out.push(row.path);
      note = row.path;
    }
    out.push(`  ${row.group}${row.due ? `  ⚑ ${row.due}` : ''}`);
    for (const item of row.items) {
      const when = item.diamond ? `◆ ${item.due ?? item.start}` : `▬ ${item.start} → ${item.due}`;
      out.push(`    ${when}  ${item.title}${item.overdue ? ' (overdue)' : STATE_MARK[item.state]}`);
    }
  }
  if (!timeline.rows.length) out.push('No item has a date yet (set one with roadmap set-due).');
  if (timeline.undated.length) {
    const names = timeline.undated.slice(0, 20).map((item) => item.title);
    const more = timeline.undated.length - names.length;
    out.push('', `No date (${timeline.undated.length}): ${names.join(' · ')}${more > 0 ? ` … and ${more} more` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
