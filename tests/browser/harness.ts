/**
 * A view under test over a real vault on disk: the live index reads the files through
 * vitest's browser commands, and the actions write them with the core edits — what the
 * plugin's host does over Obsidian, minus Obsidian.
 */
import { writable } from 'svelte/store';
import { commands } from 'vitest/browser';
import { setItemState } from '../../src/core/edit/setState';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import type { EditResult } from '../../src/core/edit/types';
import { LiveIndex } from '../../src/core/index/liveIndex';
import type { VaultPort } from '../../src/core/ports';
import { makeSettings, type Settings } from '../../src/core/settings';
import type { BoardActions, Outcome } from '../../src/ui/actions';
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
    setState: (item, state) => write(item.path, (text) => setItemState(text, item, state)),
    openNote: (path, line) => void calls.push(`open ${path}:${line}`),
    openLink: (link, from) => void calls.push(`link ${link.kind === 'url' ? link.href : link.target} from ${from}`),
    icon: drawIcon,
    createNote: (target, from) => void calls.push(`create ${target} from ${from}`),
    createRoadmapNote: () => void calls.push('create roadmap note'),
    refresh: () => void calls.push('refresh'),
  };
  return {
    dir,
    vault,
    index,
    actions,
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
