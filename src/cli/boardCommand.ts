import { buildLanes } from '../core/board/lanes';
import { indexVault } from '../core/index/indexVault';
import { decodeRef } from '../core/model/ref';
import type { Roadmap, Task } from '../core/model/types';
import type { Settings } from '../core/settings';
import { DEFAULT_CONFIG_DIR, type ParsedArgs } from './args';
import { renderBoard } from './boardText';
import type { FsVault } from './fsVault';
import type { Io } from './io';
import { VaultTargets } from './targets';
import { tasksStatuses } from './vaultSetup';

/** `roadmap board`: the board as text (with each checkbox's target on --refs), or its lanes as JSON. */
export async function boardCommand(vault: FsVault, settings: Settings, args: ParsedArgs, io: Io, today: string): Promise<number> {
  const { roadmap, errors } = await indexVault(vault, settings, { tasksStatuses: await tasksStatuses(vault.root, args.configDir ?? DEFAULT_CONFIG_DIR) });
  for (const error of errors) io.err(`roadmap: ${error.path}: ${error.message}\n`);
  if (args.json) {
    io.out(JSON.stringify(boardJson(roadmap, today), null, 2) + '\n');
    return 0;
  }
  const refs = args.refs ? await shortTargets(roadmap, new VaultTargets(vault)) : undefined;
  io.out(renderBoard(roadmap, today, { refs, empty: emptyHint(settings, args) }));
  return 0;
}

/** The lanes the board view shows by default (one per group, every card), as plain data. */
export function boardJson(roadmap: Roadmap, today: string) {
  const lanes = buildLanes(roadmap, { grouping: 'groups', filter: '', notes: [], showDone: true }, today);
  return {
    version: 1,
    today,
    lanes: lanes.map((lane) => ({
      title: lane.title,
      path: lane.path,
      line: lane.line,
      due: lane.due,
      dueMark: lane.dueMark,
      progress: lane.progress,
      cards: lane.cards.map(({ item, due }) => ({
        title: item.title,
        path: item.path,
        line: item.line,
        state: item.state,
        status: item.status,
        priority: item.priority,
        due: item.due,
        dueMark: due,
        progress: item.progress,
        ref: item.ref,
      })),
    })),
  };
}

/** Each checkbox ref of the board → the short target a person can type. */
async function shortTargets(roadmap: Roadmap, targets: VaultTargets): Promise<Map<string, string>> {
  const refs: string[] = [];
  const fromTasks = (tasks: readonly Task[]) => {
    for (const task of tasks) {
      refs.push(task.ref);
      fromTasks(task.tasks);
    }
  };
  for (const item of roadmap.groups.flatMap((group) => group.items)) {
    if (item.ref) refs.push(item.ref);
    fromTasks(item.tasks);
  }
  const short = new Map<string, string>();
  for (const ref of refs) {
    const data = decodeRef(ref);
    if (!data) continue;
    const box = (await targets.boxesOf(data.path)).find((b) => b.start === data.offset);
    if (box) short.set(ref, await targets.shortTarget(data.path, box));
  }
  return short;
}

/** What an empty board says, naming the options that chose no note. */
function emptyHint(settings: Settings, args: ParsedArgs): string {
  if (args.all) return 'The vault has no notes.';
  const chosen: string[] = [];
  if (args.tags.length) chosen.push(`tagged ${args.tags.map((t) => `#${t.replace(/^#/, '')}`).join(' or ')}`);
  if (args.folders.length) chosen.push(`in ${args.folders.join(' or ')}`);
  if (chosen.length) return `No roadmap notes found: no note is ${chosen.join(', nor ')}, and none has "roadmap: true" in its frontmatter.`;
  return `No roadmap notes found. Tag a note ${settings.roadmapTags.map((t) => `#${t}`).join(' or ')}, or add "roadmap: true" to its frontmatter (or use --tag, --folder or --all).`;
}
