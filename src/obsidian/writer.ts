import { Notice, type App, type Editor } from 'obsidian';
import type { EditResult } from '../core/edit/types';
import { UndoLog } from '../core/edit/undo';
import type { Action } from '../core/write/actions';
import type { WriteRules } from '../core/write/rules';
import { WritePath, type NotePort, type UndoStore, type Written } from '../core/write/writePath';
import { sourceEditor } from './editors';
import type { ObsidianVault } from './vaultAdapter';

export type WriteOutcome = { ok: true; message: string } | { ok: false; reason: string };

/**
 * The plugin's side of the one write path (core/write): the port and the undo log.
 *
 * When the note is open in an editor (Source or Live Preview) the action runs on the
 * editor's text and lands as one editor transaction, so the cursor, folds, unsaved text
 * and the editor's own undo survive; otherwise (closed, or shown in Reading mode) it runs
 * inside Vault.process, which reads, edits and saves atomically. A door that has the
 * editor in hand (the command, a Live Preview click) names it. A refusal shows a notice
 * and changes nothing.
 *
 * An editor transaction reaches the file only on the view's debounced save (about two
 * seconds later), so the index is told at once: it reads the note as its editor holds it
 * and every view shows the change within a frame, not after the save. The undo log is
 * the CLI's file (`<config>/plugins/roadmap-board/undo.json`): one log for both.
 */
export class RoadmapWriter {
  private readonly path: WritePath<Editor>;
  /** How many entries the log keeps (the undo depth setting). */
  private limit: number;
  /** The log as last written: what undo reads where the config folder cannot be read. */
  private lastLog: UndoLog | null = null;

  constructor(
    private readonly app: App,
    private readonly vault: ObsidianVault,
    undoDepth: number,
    edited: (path: string) => void,
    private readonly rules: () => WriteRules,
    undoFile: string | null,
  ) {
    this.limit = undoDepth;
    this.path = new WritePath(this.port(), this.undoStore(undoFile), edited);
  }

  set undoDepth(limit: number) {
    this.limit = limit;
  }

  /** Performs an action a door built; `editor`: the editor the door acted in, when it has one. */
  async perform(action: Action, editor?: Editor): Promise<WriteOutcome> {
    return this.outcome(await this.path.perform(action, this.rules(), editor));
  }

  /** Any other edit (the check-in's answers), through the same port, undo log and index. */
  async apply(path: string, edit: (text: string) => EditResult): Promise<WriteOutcome> {
    return this.outcome(await this.path.edit(path, edit));
  }

  /** Undoes the newest roadmap change, if its bytes are still in place; else says which and why. */
  async undoLast(): Promise<WriteOutcome> {
    const outcome = this.outcome(await this.path.undoNth(1));
    if (outcome.ok) new Notice(`Roadmap Board: ${outcome.message}`);
    return outcome;
  }

  /** Waits for the writes asked for so far. */
  settled(): Promise<void> {
    return this.path.settled();
  }

  private outcome(written: Written): WriteOutcome {
    if (!written.ok) return this.refuse(written.reason);
    if (written.note) new Notice(`Roadmap Board: ${written.message} (${written.note})`);
    return { ok: true, message: written.message };
  }

  /** The text of a note as its open editor holds it (unsaved typing included); null when not open. */
  editorText(path: string): string | null {
    return this.openEditor(path)?.getValue() ?? null;
  }

  private openEditor(path: string): Editor | null {
    return sourceEditor(this.app, path);
  }

  private port(): NotePort<Editor> {
    return {
      write: async (path, edit, via) => {
        const editor = via ?? this.openEditor(path);
        if (editor) {
          const before = editor.getValue();
          const result = edit(before);
          if (result.ok && result.changes.length) {
            editor.transaction({ changes: result.changes.map((c) => ({ from: editor.offsetToPos(c.from), to: editor.offsetToPos(c.to), text: c.insert })) });
          }
          return { before, result };
        }
        // Whether Vault.process writes a file its callback returns unchanged is not
        // documented: an edit with nothing to change (or refused) never calls it.
        let before = await this.vault.read(path);
        let result = edit(before);
        if (result.ok && result.changes.length) {
          await this.vault.process(path, (text) => {
            before = text;
            result = edit(text);
            return result.ok ? result.text : text;
          });
        }
        return { before, result };
      },
    };
  }

  private undoStore(file: string | null): UndoStore {
    const adapter = this.app.vault.adapter as { read(path: string): Promise<string>; write?(path: string, data: string): Promise<void> };
    return {
      read: async () => {
        if (!file || !adapter.write) return this.lastLog ?? (this.lastLog = new UndoLog([], this.limit));
        let data: unknown = null;
        try {
          data = JSON.parse(await adapter.read(file)) as unknown;
        } catch {
          data = this.lastLog?.entries ?? null;
        }
        return UndoLog.fromJSON(data, this.limit);
      },
      write: async (log) => {
        this.lastLog = log;
        if (file && adapter.write) await adapter.write(file, JSON.stringify(log.entries, null, 1) + '\n');
      },
    };
  }

  /** Says that nothing was changed, and why (for refusals found before any edit runs). */
  refuse(reason: string): WriteOutcome {
    new Notice(`Roadmap Board: ${reason.replace(/; nothing was changed$/, '')}. Nothing was changed.`);
    return { ok: false, reason };
  }
}
