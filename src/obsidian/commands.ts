import type { Editor, Plugin } from 'obsidian';
import { toggleAtCursor } from '../core/edit/cursorToggle';
import type { DoneDateOptions } from '../core/edit/toggle';
import type { RoleWords } from '../core/model/columns';
import { freshId } from '../core/edit/newId';
import type { StatusTable } from '../core/model/statuses';

export interface CommandActions {
  openBoard(where: 'sidebar' | 'tab'): Promise<unknown>;
  openCheckin(): Promise<unknown>;
  openTimeline(where: 'sidebar' | 'tab'): Promise<unknown>;
  openWeeklyNote(): Promise<void>;
  rebuildIndex(): Promise<void>;
  undoLast(): Promise<unknown>;
  /** What each task status character means (the toggle moves to the next one). */
  statuses(): StatusTable;
  /** The column words (a row's Status cell goes with its checkbox). */
  words(): RoleWords;
  /** Today, and whether every note gets done dates; undefined when none are written. */
  doneDate(): DoneDateOptions | undefined;
}

/** SPEC §6 commands: sentence-case names, no default hotkeys, editor commands only where they apply. */
export function registerCommands(plugin: Plugin, actions: CommandActions): void {
  plugin.addCommand({ id: 'open-board', name: 'Open board', callback: () => void actions.openBoard('sidebar') });
  plugin.addCommand({ id: 'open-board-in-tab', name: 'Open board in a new tab', callback: () => void actions.openBoard('tab') });
  plugin.addCommand({ id: 'open-checkin', name: 'Open weekly check-in', callback: () => void actions.openCheckin() });
  plugin.addCommand({ id: 'open-timeline', name: 'Open roadmap timeline', callback: () => void actions.openTimeline('tab') });
  plugin.addCommand({ id: 'open-timeline-in-sidebar', name: 'Open roadmap timeline in the sidebar', callback: () => void actions.openTimeline('sidebar') });
  plugin.addCommand({ id: 'open-weekly-note', name: "Open this week's note", callback: () => void actions.openWeeklyNote() });
  plugin.addCommand({
    id: 'toggle-checkbox-at-cursor',
    name: 'Toggle checkbox on this line',
    editorCheckCallback: (checking, editor) => {
      const cursor = editor.getCursor();
      const text = editor.getValue();
      const changes = toggleAtCursor(text, cursor.line + 1, cursor.ch, actions.statuses(), actions.words(), actions.doneDate());
      if (!changes) return false;
      // One transaction: the checkbox, its row's Status cell and its done date are one undo step.
      if (!checking) editor.transaction({ changes: changes.map((c) => ({ from: editor.offsetToPos(c.from), to: editor.offsetToPos(c.to), text: c.insert })) });
      return true;
    },
  });
  plugin.addCommand({
    id: 'insert-table-checkbox',
    name: 'Insert table checkbox',
    editorCallback: (editor: Editor) => {
      editor.replaceSelection(`<input type="checkbox" unchecked id="${freshId(editor.getValue())}">`);
    },
  });
  plugin.addCommand({ id: 'rebuild-index', name: 'Rebuild index', callback: () => void actions.rebuildIndex() });
  plugin.addCommand({ id: 'undo-last-change', name: 'Undo last roadmap change', callback: () => void actions.undoLast() });
}
