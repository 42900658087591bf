import type { Change } from './types';
import { landed, refuse, type EditResult } from './types';

/** One splice of an applied edit: where its text now stands and what it replaced. */
export interface UndoSplice {
  /** In the edited text: `inserted` stands at `at` and replaced `removed`. */
  at: number;
  inserted: string;
  removed: string;
  /** A little text on each side, to find the splice again if lines moved. */
  before: string;
  after: string;
}

/**
 * What reverses one action a person took (SPEC §3, undo): every splice it made — a
 * checkbox, its Status cell and its done date are one entry, undone together or not at all.
 */
export interface UndoEntry {
  path: string;
  /** What the action did, as its door said it (`Projects.md:19 "blog" (…): unchecked → checked`). */
  message: string;
  /** In the edited text's offsets, in order. */
  splices: UndoSplice[];
}

const CONTEXT = 24;

const isChangeList = (changes: Change | readonly Change[]): changes is readonly Change[] => Array.isArray(changes);

/** The undo entry for an edit of `text` made of `changes` (any order, not overlapping). */
export function undoEntryFor(path: string, text: string, changes: Change | readonly Change[], message: string): UndoEntry {
  const list: readonly Change[] = isChangeList(changes) ? changes : [changes];
  const sorted = [...list].sort((a, b) => a.from - b.from);
  let edited = text;
  for (const change of [...sorted].reverse()) edited = edited.slice(0, change.from) + change.insert + edited.slice(change.to);
  let shift = 0;
  const splices = sorted.map((change) => {
    const at = change.from + shift;
    shift += change.insert.length - (change.to - change.from);
    const end = at + change.insert.length;
    return { at, inserted: change.insert, removed: text.slice(change.from, change.to), before: edited.slice(Math.max(0, at - CONTEXT), at), after: edited.slice(end, end + CONTEXT) };
  });
  return { path, message, splices };
}

/** Where a splice stands in the text now: its old offset, else the one place it stands with its context; -1 when neither. */
function findSplice(text: string, splice: UndoSplice, delta: number): number {
  const stillThere = (at: number) =>
    at >= 0 && text.startsWith(splice.inserted, at) && text.slice(Math.max(0, at - splice.before.length), at) === splice.before && text.startsWith(splice.after, at + splice.inserted.length);
  if (stillThere(splice.at + delta)) return splice.at + delta;
  if (stillThere(splice.at)) return splice.at;
  const needle = splice.before + splice.inserted + splice.after;
  const first = text.indexOf(needle);
  if (first !== -1 && text.indexOf(needle, first + 1) === -1) return first + splice.before.length;
  return -1;
}

/**
 * Reverses an action while all of its bytes are still in place: each splice at its
 * offset, or, if the text around moved, at the one place where it stands with its
 * context. Else refuses, naming the action: never a part of it.
 */
export function undoEdit(text: string, entry: UndoEntry): EditResult {
  const changes: Change[] = [];
  let delta = 0;
  let last = -1;
  for (const splice of entry.splices) {
    const at = findSplice(text, splice, delta);
    if (at === -1 || at < last) return refuse(`cannot undo (${entry.message}) in ${entry.path}: the note changed there since`);
    delta = at - splice.at;
    last = at + splice.inserted.length;
    changes.push({ from: at, to: at + splice.inserted.length, insert: splice.removed });
  }
  return landed(text, changes, `undone in ${entry.path}: ${entry.message}`);
}

/** The last N applied actions, newest last. Plain data, so it can be saved as JSON. */
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

  /** Reads a saved log, keeping only well-formed entries (one-splice entries of the first format too). */
  static fromJSON(data: unknown, limit = 50): UndoLog {
    const list = Array.isArray(data) ? data : [];
    const entries: UndoEntry[] = [];
    for (const raw of list) {
      if (typeof raw !== 'object' || raw === null) continue;
      const e = raw as Record<string, unknown>;
      if (typeof e.path !== 'string' || typeof e.message !== 'string') continue;
      const splices = Array.isArray(e.splices) ? e.splices : [e];
      if (!splices.length || !splices.every(isSplice)) continue;
      entries.push({ path: e.path, message: e.message, splices: splices.map(({ at, inserted, removed, before, after }: UndoSplice) => ({ at, inserted, removed, before, after })) });
    }
    return new UndoLog(entries.slice(-limit), limit);
  }
}

const isSplice = (s: unknown): s is UndoSplice =>
  typeof s === 'object' && s !== null && ['inserted', 'removed', 'before', 'after'].every((k) => typeof (s as Record<string, unknown>)[k] === 'string') && Number.isInteger((s as Record<string, unknown>).at);
