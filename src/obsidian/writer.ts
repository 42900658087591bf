import { Notice, type App } from 'obsidian';
import type { EditResult } from '../core/edit/types';
import { UndoLog, undoEdit, undoEntryFor } from '../core/edit/undo';
import { sourceEditor } from './editors';
import type { ObsidianVault } from './vaultAdapter';

export type WriteOutcome = { ok: true; message: string } | { ok: false; reason: string };

/**
 * Applies a core edit to a note. When the note is open in an editor (source or Live
 * Preview), the edit runs on the editor's text and lands as one editor transaction, so
 * the cursor, folds, unsaved text and the editor's own undo survive; otherwise (closed,
 * or shown in Reading mode) it runs inside Vault.process, which reads, edits and saves
 * atomically. A refusal shows a notice and changes nothing.
 *
 * An editor transaction reaches the file only on the view's debounced save (about two
 * seconds later), so `edited` is told at once: the index reads the note as its editor
 * holds it and every view shows the change within a frame, not after the save.
 */
export class RoadmapWriter {
  readonly undoLog: UndoLog;

  constructor(
    private readonly app: App,
    private readonly vault: ObsidianVault,
    undoDepth: number,
    private readonly edited: (path: string) => void = () => {},
  ) {
    this.undoLog = new UndoLog([], undoDepth);
  }

  /** Writes run one after another: each decides on the text the one before it left. */
  private queue: Promise<unknown> = Promise.resolve();

  apply(path: string, edit: (text: string) => EditResult, record = true): Promise<WriteOutcome> {
    const next = this.queue.then(() => this.applyNow(path, edit, record));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async applyNow(path: string, edit: (text: string) => EditResult, record: boolean): Promise<WriteOutcome> {
    let result: EditResult | null = null;
    let before = '';
    const run = (text: string): EditResult => {
      before = text;
      result = edit(text);
      return result;
    };
    try {
      const editor = this.openEditor(path);
      if (editor) {
        const done = run(editor.getValue());
        if (done.ok && done.changes.length) {
          editor.transaction({ changes: done.changes.map((c) => ({ from: editor.offsetToPos(c.from), to: editor.offsetToPos(c.to), text: c.insert })) });
          this.edited(path);
        }
      } else {
        // Whether Vault.process writes a file its callback returns unchanged is not
        // documented: an edit with nothing to change (or refused) never calls it.
        const first = run(await this.vault.read(path));
        if (first.ok && first.changes.length) {
          await this.vault.process(path, (text) => {
            const done = run(text);
            return done.ok ? done.text : text;
          });
        }
      }
    } catch (error) {
      return this.refused(error instanceof Error ? error.message : String(error));
    }
    const done = result as EditResult | null;
    if (!done) return this.refused('the note could not be read');
    if (!done.ok) return this.refused(done.reason);
    if (record && done.changes.length === 1) this.undoLog.push(undoEntryFor(path, before, done.changes[0], done.message));
    return { ok: true, message: done.message };
  }

  /** Undoes the last roadmap change, if its bytes are still in place. */
  async undoLast(): Promise<WriteOutcome> {
    const entry = this.undoLog.pop();
    if (!entry) return this.refused('there is nothing to undo');
    const outcome = await this.apply(entry.path, (text) => undoEdit(text, entry), false);
    if (outcome.ok) new Notice(`Roadmap Board: ${outcome.message}`);
    return outcome;
  }

  /** The text of a note as its open editor holds it (unsaved typing included); null when not open. */
  editorText(path: string): string | null {
    return this.openEditor(path)?.getValue() ?? null;
  }

  private openEditor(path: string) {
    return sourceEditor(this.app, path);
  }

  /** Says that nothing was changed, and why (for refusals found before any edit runs). */
  refuse(reason: string): WriteOutcome {
    return this.refused(reason);
  }

  private refused(reason: string): WriteOutcome {
    new Notice(`Roadmap Board: ${reason}. Nothing was changed.`);
    return { ok: false, reason };
  }
}
