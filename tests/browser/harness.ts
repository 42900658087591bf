/**
 * A view under test over a real vault on disk: the live index reads the files through
 * vitest's browser commands, and the actions write them with the core edits — what the
 * plugin's host does over Obsidian, minus Obsidian.
 */
import { writable } from 'svelte/store';
import { commands } from 'vitest/browser';
import { addItem } from '../../src/core/edit/addItem';
import { addTask } from '../../src/core/edit/addTask';
import { setItemDate } from '../../src/core/edit/setDate';
import { setItemState } from '../../src/core/edit/setState';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import type { EditResult } from '../../src/core/edit/types';
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
  const write = async (path: string, edit: (text: string) => EditResult): Promise<Outcome> => {
    let result: EditResult | null = null;
    try {
      await vault.process(path, (text) => {
        result = edit(text);
        if (!result.ok) throw new Error(result.reason);
        return result.text;
      });
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
    index.changed(path);
    await index.settled();
    return { ok: true };
  };
  const actions: BoardActions = {
    toggle: (path, ref, checked) => write(path, (text) => toggleCheckbox(text, ref, checked)),
    setState: (item, state) => write(item.path, (text) => setItemState(text, item, state, undefined, { doneDate: { today: '2026-11-23', always: false } })),
    openNote: (path, line) => void calls.push(`open ${path}:${line}`),
    openToRight: (path, line) => void calls.push(`open to the right ${path}:${line}`),
    copyLink: (path) => void calls.push(`copy link ${path}`),
    openLink: (link, from) => void calls.push(`link ${link.kind === 'url' ? link.href : link.target} from ${from}`),
    icon: drawIcon,
    createNote: (target, from) => void calls.push(`create ${target} from ${from}`),
    createRoadmapNote: () => void calls.push('create roadmap note'),
    setDate: (item, field, date) => write(item.path, (text) => setItemDate(text, item, field, date)),
    addTask: (item, task) => write(item.path, (text) => addTask(text, item.ref ? { path: item.path, ref: item.ref } : { path: item.path, line: item.line }, task)),
    addItem: (path, line, title) => write(path, (text) => addItem(text, path, line, title)),
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
