import type { Change } from './types';
import { landed, refuse, type EditResult } from './types';

/** What reverses one applied edit: where its text now stands and what it replaced. */
export interface UndoEntry {
  path: string;
  /** What the edit did, for messages ("checked", "status set to …"). */
  message: string;
  /** In the edited text: `inserted` stands at `at` and replaced `removed`. */
  at: number;
  inserted: string;
  removed: string;
  /** A little text on each side, to find the edit again if lines moved. */
  before: string;
  after: string;
}

const CONTEXT = 24;

/** The undo entry for a one-splice edit of `text` (edits here are always one splice). */
export function undoEntryFor(path: string, text: string, change: Change, message: string): UndoEntry {
  const edited = text.slice(0, change.from) + change.insert + text.slice(change.to);
  const at = change.from;
  const end = at + change.insert.length;
  return {
    path,
    message,
    at,
    inserted: change.insert,
    removed: text.slice(change.from, change.to),
    before: edited.slice(Math.max(0, at - CONTEXT), at),
    after: edited.slice(end, end + CONTEXT),
  };
}

/**
 * Reverses an edit while its bytes are still in place: at the same offset, or, if the
 * text around moved, at the one place where it stands with its context. Else refuses.
 */
export function undoEdit(text: string, entry: UndoEntry): EditResult {
  const stillThere = (at: number) =>
    text.startsWith(entry.inserted, at) && text.slice(Math.max(0, at - entry.before.length), at) === entry.before && text.startsWith(entry.after, at + entry.inserted.length);
  let at = stillThere(entry.at) ? entry.at : -1;
  if (at === -1) {
    const needle = entry.before + entry.inserted + entry.after;
    const first = text.indexOf(needle);
    if (first !== -1 && text.indexOf(needle, first + 1) === -1) at = first + entry.before.length;
  }
  if (at === -1) return refuse(`cannot undo (${entry.message}) in ${entry.path}: the note changed there since`);
  return landed(text, [{ from: at, to: at + entry.inserted.length, insert: entry.removed }], `undone in ${entry.path}: ${entry.message}`);
}

/** The last N applied edits, newest last. Plain data, so it can be saved as JSON. */
export class UndoLog {
  constructor(
    public entries: UndoEntry[] = [],
    public limit = 50,
  ) {}

  push(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }

  /** Reads a saved log, keeping only well-formed entries. */
  static fromJSON(data: unknown, limit = 50): UndoLog {
    const list = Array.isArray(data) ? data : [];
    const valid = list.filter(
      (e): e is UndoEntry =>
        typeof e === 'object' && e !== null &&
        ['path', 'message', 'inserted', 'removed', 'before', 'after'].every((k) => typeof (e as Record<string, unknown>)[k] === 'string') &&
        Number.isInteger((e as Record<string, unknown>).at),
    );
    return new UndoLog(valid.slice(-limit), limit);
  }
}
