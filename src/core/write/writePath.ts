import { messageOf } from '../errors';
import type { EditResult } from '../edit/types';
import { undoEdit, undoEntryFor, type UndoEntry, type UndoLog } from '../edit/undo';
import { actionPath, resolveAction, type Action } from './actions';
import type { WriteRules } from './rules';

/**
 * A host's way into its notes (SPEC §3, one write path): run an edit on a note's text as
 * it is now and write what it changed in one write — the plugin as one editor
 * transaction when the note is open in Source or Live Preview, else Vault.process; the
 * CLI as a temporary file renamed over the note. Answers the text the edit saw and what
 * it answered; nothing is written unless it landed with changes.
 */
export interface NotePort<Via = never> {
  /** `via`: what the door acted in, when it names it (the plugin: the editor of a command or a Live Preview click). */
  write(path: string, edit: (text: string) => EditResult, via?: Via): Promise<{ before: string; result: EditResult }>;
}

/** Where the undo log lives: the plugin's folder of the vault (`undo.json`), shared by plugin and CLI. */
export interface UndoStore {
  read(): Promise<UndoLog>;
  write(log: UndoLog): Promise<void>;
}

export type Written = { ok: true; path: string; message: string; changed: boolean; note?: string } | { ok: false; reason: string };

/**
 * The one write path: every door builds an Action and calls `perform`; the action is
 * resolved on the note's current text (the stale guard sees the real bytes), written
 * through the host's port, recorded as one undo entry however many splices it made, and
 * the index is told at once. Writes run one after another, each on what the one before
 * it left.
 */
export class WritePath<Via = never> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly port: NotePort<Via>,
    private readonly undo: UndoStore,
    private readonly changed: (path: string) => void = () => {},
  ) {}

  perform(action: Action, rules: WriteRules, via?: Via): Promise<Written> {
    return this.serial(() => this.editNow(actionPath(action), (text) => resolveAction(text, action, rules), true, via));
  }

  /** Any other edit of a note (the check-in's answers) through the same port, undo and index. */
  edit(path: string, edit: (text: string) => EditResult & { note?: string }, record = true): Promise<Written> {
    return this.serial(() => this.editNow(path, edit, record));
  }

  /** Waits for the writes asked for so far. */
  settled(): Promise<void> {
    return this.serial(() => Promise.resolve());
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async editNow(path: string, edit: (text: string) => EditResult & { note?: string }, record: boolean, via?: Via): Promise<Written> {
    let written: { before: string; result: EditResult & { note?: string } };
    try {
      written = await this.port.write(path, edit, via);
    } catch (error) {
      return { ok: false, reason: messageOf(error) };
    }
    const { before, result } = written;
    if (!result.ok) return { ok: false, reason: result.reason };
    if (result.changes.length) {
      this.changed(path);
      if (record) await this.remember(undoEntryFor(path, before, result.changes, result.message));
    }
    return { ok: true, path, message: result.message, changed: result.changes.length > 0, ...(result.note ? { note: result.note } : {}) };
  }

  private async remember(entry: UndoEntry): Promise<void> {
    // A lost undo log only costs the ability to undo; it never fails a write that landed.
    try {
      const log = await this.undo.read();
      log.push(entry);
      await this.undo.write(log);
    } catch {
      /* the write stands */
    }
  }

  /** How many actions the log holds. */
  async size(): Promise<number> {
    return (await this.undo.read()).entries.length;
  }

  /** The log newest first, each with why it cannot be undone now (null when it can). */
  async list(): Promise<{ message: string; blocked: string | null }[]> {
    const log = await this.undo.read();
    const out: { message: string; blocked: string | null }[] = [];
    for (const entry of [...log.entries].reverse()) {
      let blocked: string | null;
      try {
        const written = await this.port.write(entry.path, (text) => {
          const result = undoEdit(text, entry);
          // Only asked: never written.
          return result.ok ? { ok: true, text, changes: [], message: '' } : result;
        });
        blocked = written.result.ok ? null : 'the note changed there since';
      } catch (error) {
        blocked = messageOf(error);
      }
      out.push({ message: entry.message, blocked });
    }
    return out;
  }

  /**
   * Undoes the n-th newest action (1: the newest) when all its bytes are still in place,
   * else refuses naming it — never another in its place. A refused entry stays in the
   * log: when a newer change to the same note stands in front of it, undoing that one
   * first makes it possible again (SPEC §3, undo).
   */
  undoNth(n = 1): Promise<Written> {
    return this.serial(async () => {
      const log = await this.undo.read();
      if (!log.entries.length) return { ok: false, reason: 'there is nothing to undo' };
      if (!(Number.isInteger(n) && n >= 1 && n <= log.entries.length)) return { ok: false, reason: `there is no change number ${n} (1 to ${log.entries.length})` };
      const index = log.entries.length - n;
      const entry = log.entries[index];
      const newer = log.entries.slice(index + 1).filter((e) => e.path === entry.path);
      let newerInFront = false;
      const undone = await this.editNow(
        entry.path,
        (text) => {
          const result = undoEdit(text, entry);
          // Blocked: would undoing the newer changes to this note first make it possible?
          if (!result.ok && newer.length) {
            let before = text;
            for (const next of [...newer].reverse()) {
              const back = undoEdit(before, next);
              if (!back.ok) break;
              before = back.text;
            }
            newerInFront = undoEdit(before, entry).ok;
          }
          return result;
        },
        false,
      );
      if (!undone.ok) {
        const n = newer.length;
        const hint = newerInFront ? `; ${n === 1 ? 'a newer change' : `${n} newer changes`} to ${entry.path} stand${n === 1 ? 's' : ''} in front of it: undo ${n === 1 ? 'it' : 'them'} first` : '';
        return { ok: false, reason: `cannot undo ${entry.message}: ${undone.reason.replace(/^cannot undo \(.*\) in .*?: /, '')}${hint}` };
      }
      // Read again (the CLI may have written meanwhile); the same action done twice
      // leaves two equal entries: the newer of them is the one undone.
      const now = await this.undo.read();
      const key = JSON.stringify(entry);
      const at = now.entries.map((e) => JSON.stringify(e)).lastIndexOf(key, index);
      if (at !== -1) now.entries.splice(at, 1);
      await this.undo.write(now);
      return { ...undone, message: `undone: ${entry.message}` };
    });
  }
}
