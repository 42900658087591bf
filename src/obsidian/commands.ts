import type { Editor, MarkdownFileInfo, MarkdownView, Plugin } from 'obsidian';
import { freshId } from '../core/edit/newId';
import type { StatusTable } from '../core/model/statuses';
import { refAtCursor } from '../core/write/cursor';
import type { Action } from '../core/write/actions';

export interface CommandActions {
  openBoard(where: 'sidebar' | 'tab'): Promise<unknown>;
  openCheckin(): Promise<unknown>;
  openTimeline(where: 'sidebar' | 'tab'): Promise<unknown>;
  openWeeklyNote(): Promise<void>;
  rebuildIndex(): Promise<void>;
  undoLast(): Promise<unknown>;
  /** What each task status character means (which checkbox the cursor names). */
  statuses(): StatusTable;
  /** The one write path (writer.ts), given the editor the command runs in. */
  perform(action: Action, editor: Editor): Promise<unknown>;
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
    // A door of the one write path: the checkbox at the cursor becomes a toggle action,
    // written as one editor transaction (the checkbox, its Status cell, its done date:
    // one undo step in the editor and one entry in the roadmap's undo).
    editorCheckCallback: (checking, editor, info: MarkdownView | MarkdownFileInfo) => {
      const path = info?.file?.path;
      if (!path) return false;
      const cursor = editor.getCursor();
      if (!refAtCursor(editor.getValue(), path, cursor.line + 1, cursor.ch, actions.statuses())) return false;
      if (!checking) void actions.perform({ kind: 'toggleAtCursor', path, line: cursor.line + 1, ch: cursor.ch }, editor);
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
