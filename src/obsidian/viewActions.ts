import { Keymap, Notice, setIcon, TFile, type App, type PaneType, type View } from 'obsidian';
import { iconId } from './icons';
import type { RoleWords } from '../core/model/columns';
import type { StatusTable } from '../core/model/statuses';
import type { BoardActions, Outcome } from '../ui/actions';
import type { RoadmapWriter } from './writer';

export interface ViewHost {
  app: App;
  writer: RoadmapWriter;
  words(): RoleWords;
  /** What each task status character means (toggles follow it). */
  statuses(): StatusTable;
  rebuildIndex(): Promise<void>;
  createRoadmapNote(): Promise<void>;
}

/** The board's and the check-in's actions over Obsidian: writes through the writer, opens through the workspace. */
export function viewActions(host: ViewHost, view: View, hoverSource: string): BoardActions {
  const { app, writer } = host;
  const outcome = async (pending: Promise<{ ok: boolean; reason?: string }>): Promise<Outcome> => {
    const done = await pending;
    return done.ok ? { ok: true } : { ok: false, reason: done.reason ?? 'refused' };
  };
  const openNote = async (path: string, line: number, newLeaf: PaneType | boolean) => {
    const file = app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) {
      new Notice(`Roadmap Board: ${path} is no longer in the vault.`);
      return;
    }
    // eState.line scrolls the editor to the (0-based) line and puts the cursor there.
    await app.workspace.getLeaf(newLeaf).openFile(file, { eState: { line: line - 1 } });
  };
  return {
    // Each a door of the one write path: the event becomes an action (core/write).
    toggle: (path, ref, checked) => outcome(writer.perform({ kind: 'toggle', path, ref, want: checked })),
    setState: (item, state) => outcome(writer.perform({ kind: 'move', target: itemTarget(item), state, title: item.title })),
    openNote: (path, line, event) => void openNote(path, line, Keymap.isModEvent(event)),
    openToRight: (path, line) => void openNote(path, line, 'split'),
    // A link to the line itself would need a block id written into the note: a copy never writes.
    copyLink: (path) => void navigator.clipboard.writeText(`[[${path.replace(/\.md$/i, '')}]]`),
    openLink: (link, from, event) => {
      if (link.kind === 'url') window.open(link.href, '_blank', 'noopener');
      else void app.workspace.openLinkText(link.target, from, Keymap.isModEvent(event));
    },
    icon: (el, name) => setIcon(el, iconId(name)),
    hover: (event, el, path, line) => {
      app.workspace.trigger('hover-link', { event, source: hoverSource, hoverParent: view, targetEl: el, linktext: path, state: { scroll: line - 1 } });
    },
    // Obsidian creates a note when an unresolved link is opened, where new notes go.
    createNote: (target, from) => app.workspace.openLinkText(target, from, false),
    createRoadmapNote: () => host.createRoadmapNote(),
    setDate: (item, field, date) => outcome(writer.perform({ kind: 'setDate', target: itemTarget(item), field, date, title: item.title })),
    addTask: (item, task) => outcome(writer.perform({ kind: 'addTask', target: itemTarget(item), text: task })),
    addItem: (path, line, title) => outcome(writer.perform({ kind: 'addItem', path, line, title })),
  };
}

/** An item as an action names it: by its checkbox when it has one, else by its line. */
const itemTarget = (item: { path: string; ref: string | null; line: number }) => (item.ref ? { path: item.path, ref: item.ref } : { path: item.path, line: item.line });
