import { Keymap, Notice, setIcon, TFile, type App, type PaneType, type View } from 'obsidian';
import { addItem } from '../core/edit/addItem';
import { addTask } from '../core/edit/addTask';
import { setItemDate } from '../core/edit/setDate';
import { setItemState } from '../core/edit/setState';
import { toggleCheckbox, type DoneDateOptions } from '../core/edit/toggle';
import type { RoleWords } from '../core/model/columns';
import type { StatusTable } from '../core/model/statuses';
import type { BoardActions, Outcome } from '../ui/actions';
import type { RoadmapWriter } from './writer';
import type { EditResult } from '../core/edit/types';
import { isOpenRecurring, recurringToggle } from '../core/edit/recurring';
import { tasksApi } from './tasksPlugin';

export interface ViewHost {
  app: App;
  writer: RoadmapWriter;
  words(): RoleWords;
  /** What each task status character means (toggles follow it). */
  statuses(): StatusTable;
  /** Today and whether every note gets done dates; undefined when none are written. */
  doneDate(): DoneDateOptions | undefined;
  rebuildIndex(): Promise<void>;
  createRoadmapNote(): Promise<void>;
}

const NO_NEXT_OCCURRENCE = 'checked. This task repeats (🔁), but the Tasks plugin is not enabled, so no next occurrence was created.';

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
  // Checking a recurring task goes through the Tasks plugin, which writes the next
  // occurrence (SPEC §3); without it the task is checked plainly, and the person is told.
  const checking = async (path: string, ref: string | null, done: boolean, plain: (text: string) => EditResult): Promise<Outcome> => {
    let unrepeated = false;
    const result = await outcome(
      writer.apply(path, (text) => {
        unrepeated = false;
        if (done && ref && isOpenRecurring(text, ref)) {
          const api = tasksApi(app);
          if (api) return recurringToggle(text, ref, (line) => api.executeToggleTaskDoneCommand(line, path));
          unrepeated = true;
        }
        return plain(text);
      }),
    );
    if (result.ok && unrepeated) new Notice(`Roadmap Board: ${NO_NEXT_OCCURRENCE}`);
    return result;
  };
  return {
    toggle: (path, ref, checked) => checking(path, ref, checked, (text) => toggleCheckbox(text, ref, checked, host.statuses(), host.words(), host.doneDate())),
    setState: (item, state) => checking(item.path, item.ref, state === 'done', (text) => setItemState(text, item, state, host.words(), { doneDate: host.doneDate() })),
    openNote: (path, line, event) => void openNote(path, line, Keymap.isModEvent(event)),
    openToRight: (path, line) => void openNote(path, line, 'split'),
    // A link to the line itself would need a block id written into the note: a copy never writes.
    copyLink: (path) => void navigator.clipboard.writeText(`[[${path.replace(/\.md$/i, '')}]]`),
    openLink: (link, from, event) => {
      if (link.kind === 'url') window.open(link.href, '_blank', 'noopener');
      else void app.workspace.openLinkText(link.target, from, Keymap.isModEvent(event));
    },
    icon: (el, name) => setIcon(el, name),
    hover: (event, el, path, line) => {
      app.workspace.trigger('hover-link', { event, source: hoverSource, hoverParent: view, targetEl: el, linktext: path, state: { scroll: line - 1 } });
    },
    // Obsidian creates a note when an unresolved link is opened, where new notes go.
    createNote: (target, from) => app.workspace.openLinkText(target, from, false),
    createRoadmapNote: () => host.createRoadmapNote(),
    setDate: (item, field, date) => outcome(writer.apply(item.path, (text) => setItemDate(text, item, field, date, host.words()))),
    addTask: (item, task) => outcome(writer.apply(item.path, (text) => addTask(text, item.ref ? { path: item.path, ref: item.ref } : { path: item.path, line: item.line }, task, { words: host.words() }))),
    addItem: (path, line, title) => outcome(writer.apply(path, (text) => addItem(text, path, line, title, { words: host.words(), statuses: host.statuses() }))),
  };
}
