/**
 * A view under test over a real vault on disk: the live index reads the files through
 * vitest's browser commands, and the actions write them with the core edits — what the
 * plugin's host does over Obsidian, minus Obsidian.
 */
import { writable } from 'svelte/store';
import { commands } from 'vitest/browser';
import type { EditResult } from '../../src/core/edit/types';
import { UndoLog } from '../../src/core/edit/undo';
import type { Action } from '../../src/core/write/actions';
import { NO_TASKS_PLUGIN, writeRules } from '../../src/core/write/rules';
import { WritePath } from '../../src/core/write/writePath';
import { LiveIndex } from '../../src/core/index/liveIndex';
import type { VaultPort } from '../../src/core/ports';
import { makeSettings, type Settings } from '../../src/core/settings';
import { Checkins } from '../../src/core/checkin/checkins';
import { formatDate } from '../../src/core/checkin/dateFormat';
import { doneSince, emptyHistory, type CheckinHistory } from '../../src/core/checkin/history';
import { progressSeries, staleItems, stillOnIt } from '../../src/core/checkin/stale';
import type { BoardActions, CheckinActions, Outcome } from '../../src/ui/actions';
import { readViewState, type BoardViewState } from '../../src/ui/board/viewState';
import { drawIcon } from '../theme/icons';

export class DiskVault implements VaultPort {
  constructor(readonly dir: string) {}
  list() {
    return commands.vaultList(this.dir);
  }
  read(path: string) {
    return commands.vaultRead(this.dir, path);
  }
  async process(path: string, edit: (text: string) => string) {
    const text = edit(await this.read(path));
    await commands.vaultWrite(this.dir, path, text);
    return text;
  }
}

export interface Harness {
  dir: string;
  vault: DiskVault;
  index: LiveIndex;
  actions: BoardActions;
  calls: string[];
  view: ReturnType<typeof writable<BoardViewState>>;
  checkinActions: CheckinActions;
  history: () => CheckinHistory;
  /** Writes a note as another program would, and tells the index, as a vault event does. */
  writeNote(path: string, text: string): Promise<void>;
  read(path: string): Promise<string>;
  dispose(): Promise<void>;
}

export async function openVault(source = 'example-vault', extra: Record<string, string> = {}, settings: Settings = makeSettings()): Promise<Harness> {
  const dir = await commands.vaultCopy(source, extra);
  const vault = new DiskVault(dir);
  const index = new LiveIndex(vault, settings, { timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) }, settleMs: 5 });
  await index.build();
  const calls: string[] = [];
  // The plugin's one write path over the disk: the same actions, rules and undo log.
  let log = new UndoLog();
  const port = {
    write: async (path: string, edit: (text: string) => EditResult) => {
      const before = await vault.read(path);
      const result = edit(before);
      if (result.ok && result.changes.length) await commands.vaultWrite(dir, path, result.text);
      return { before, result };
    },
  };
  const writePath = new WritePath(port, { read: async () => log, write: async (next) => void (log = next) }, (path) => index.changed(path));
  const rules = writeRules(settings, NO_TASKS_PLUGIN, '2026-11-23');
  const settled = async (pending: Promise<{ ok: true } | { ok: false; reason: string }>): Promise<Outcome> => {
    const done = await pending;
    await index.settled();
    return done.ok ? { ok: true } : { ok: false, reason: done.reason };
  };
  const perform = (action: Action) => settled(writePath.perform(action, rules));
  const write = (path: string, edit: (text: string) => EditResult) => settled(writePath.edit(path, edit));
  const itemTarget = (item: { path: string; ref: string | null; line: number }) => (item.ref ? { path: item.path, ref: item.ref } : { path: item.path, line: item.line });
  const actions: BoardActions = {
    toggle: (path, ref, checked) => perform({ kind: 'toggle', path, ref, want: checked }),
    setState: (item, state) => perform({ kind: 'move', target: itemTarget(item), state, title: item.title }),
    openNote: (path, line) => void calls.push(`open ${path}:${line}`),
    openToRight: (path, line) => void calls.push(`open to the right ${path}:${line}`),
    copyLink: (path) => void calls.push(`copy link ${path}`),
    openLink: (link, from) => void calls.push(`link ${link.kind === 'url' ? link.href : link.target} from ${from}`),
    icon: drawIcon,
    createNote: (target, from) => void calls.push(`create ${target} from ${from}`),
    createRoadmapNote: () => void calls.push('create roadmap note'),
    setDate: (item, field, date) => perform({ kind: 'setDate', target: itemTarget(item), field, date, title: item.title }),
    addTask: (item, task) => perform({ kind: 'addTask', target: itemTarget(item), text: task }),
    addItem: (path, line, title) => perform({ kind: 'addItem', path, line, title }),
  };
  let history = emptyHistory();
  const checkins = new Checkins({
    files: {
      read: (path) => vault.read(path).catch(() => null),
      create: (path, text) => commands.vaultWrite(dir, path, text),
      apply: async (path, edit) => write(path, edit),
    },
    readConfigJson: (path) => vault.read(path).then((t) => JSON.parse(t) as unknown, () => null),
    configDir: '.obsidian',
    format: formatDate,
    settings: () => settings,
    history: () => history,
    saveHistory: async (next) => {
      history = next;
    },
  });
  const checkinActions: CheckinActions = {
    ...actions,
    readWeek: (week, questions) => checkins.read(week, questions),
    save: async (week, answers) => {
      const outcome = await checkins.save(week, index.snapshot.roadmap, answers, '2026-11-23');
      return outcome.ok ? { ok: true, path: outcome.path, message: outcome.message } : outcome;
    },
    doneSince: (week, roadmap) => doneSince(history, week, roadmap),
    stale: (week, roadmap) => staleItems(history, roadmap, week),
    stillOnIt: async (key, week) => {
      history = stillOnIt(history, key, week);
    },
    progress: (roadmap) => progressSeries(history, roadmap),
  };
  return {
    dir,
    vault,
    index,
    actions,
    checkinActions,
    history: () => history,
    calls,
    view: writable(readViewState({}, { grouping: 'groups', showDone: true })),
    async writeNote(path, text) {
      await commands.vaultWrite(dir, path, text);
      index.changed(path);
      await index.settled();
    },
    read: (path) => commands.vaultRead(dir, path),
    async dispose() {
      index.dispose();
      await commands.vaultRemove(dir);
    },
  };
}
