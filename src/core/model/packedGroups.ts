import { base64UrlDecode, refPrefix } from './ref';
import { taskProgress } from './state';
import type { Group, Item, Progress, State, Task } from './types';

/**
 * A note's groups as one string, which is what the index keeps of a parsed note; the
 * objects of the model are built from it only when a view or a command asks (see
 * groupsOf in digest.ts). A dense roadmap note's model is ~280 bytes per checkbox as
 * objects; packed it is ~80 characters, one byte each.
 *
 * The string is JSON of arrays in a fixed order, with trailing empty values left off:
 * - group: [title, line, items, due, progress]
 * - item: [title, line, state (0 todo, 1 doing, 2 done), done (1, 0, null), ref, tasks,
 *   status, due, priority, links, fields, progress]
 * - task: [text, line, done (1, 0), ref, tasks, kind, htmlId]
 * What can be told from the rest is left off too, and checked before it is: a task's
 * kind and id (from its ref), progresses (from the tasks and items), and in refs the
 * note's path, the line, and the kind and fingerprints of the ref before when the same.
 * A value that differs from what would be told is stored as it is.
 */

/** Frozen: typed as a plain list for the model's types, but nothing may add to it. */
export const NO_LIST = Object.freeze([]) as unknown as never[];
export const NO_FIELDS: Record<string, string> = Object.freeze({});
export const NO_PROGRESS: Progress = Object.freeze({ done: 0, total: 0 });

const STATES: readonly State[] = ['todo', 'doing', 'done'];

/** Parts of a ref after its prefix: offset.line.nth.twins.ordinal.idCount.kind.lineHash.ctxHash.id64 */
const PARTS = 10;
const LINE = 1;
const KIND = 6;
const ID = 9;
/** Parts that, when equal to the ref before's, are stored empty. */
const REPEATED = new Set([KIND, 7, 8]);
/** A ref stored whole (another note's, or another format). */
const WHOLE = '!';

/** Refs of one note, packed or unpacked in document order (each relative to the one before). */
class RefCodec {
  private before: string[] = [];
  constructor(private readonly prefix: string) {}

  /** The ref as stored, and its parts when it was shortened. */
  pack(ref: string, line: number): { stored: string; parts: string[] | null } {
    const parts = ref.startsWith(this.prefix) ? ref.slice(this.prefix.length).split('.') : [];
    // An empty part where an empty part means "told from the rest" could not be told
    // back; nor could a first part that reads as the mark of a whole ref. Stored whole.
    if (parts.length !== PARTS || parts[0].startsWith(WHOLE) || !parts[LINE] || parts.some((part, i) => !part && REPEATED.has(i))) return { stored: WHOLE + ref, parts: null };
    const short = parts.map((part, i) => ((i === LINE && part === line.toString(36)) || (REPEATED.has(i) && part === this.before[i]) ? '' : part));
    this.before = parts;
    return { stored: short.join('.'), parts };
  }

  unpack(stored: string, line: number): { ref: string; parts: string[] | null } {
    if (stored.startsWith(WHOLE)) return { ref: stored.slice(1), parts: null };
    const parts = this.expand(stored.split('.'), line);
    if (parts.length !== PARTS) throw new Error('damaged ref');
    this.before = parts;
    return { ref: this.prefix + parts.join('.'), parts };
  }

  private expand(short: string[], line: number): string[] {
    return short.map((part, i) => (part ? part : i === LINE ? line.toString(36) : REPEATED.has(i) ? (this.before[i] ?? '') : ''));
  }
}

/** The kind and HTML id a ref names (throws when its id is not base64url). */
function refKind(parts: string[]): { kind: Task['kind']; id: string | null } {
  return { kind: parts[KIND] === 'g' ? 'gfm' : 'html', id: parts[ID] ? base64UrlDecode(parts[ID]) : null };
}

function toldKind(parts: string[] | null): { kind: Task['kind']; id: string | null } | null {
  try {
    return parts && refKind(parts);
  } catch {
    return null;
  }
}

const empty = (value: unknown) => value === null || (Array.isArray(value) ? !value.length : typeof value === 'object' && !Object.keys(value).length);
const trimmed = (values: unknown[]) => {
  while (values.length && empty(values[values.length - 1])) values.pop();
  return values;
};
const sameProgress = (a: Progress, b: Progress) => a.done === b.done && a.total === b.total;
const groupProgress = (items: readonly Item[]): Progress => ({ done: items.filter((item) => item.state === 'done').length, total: items.length });

export function packGroups(groups: readonly Group[], path: string): string {
  if (!groups.length) return '';
  const refs = new RefCodec(refPrefix(path));
  const task = (t: Task): unknown[] => {
    const { stored, parts } = refs.pack(t.ref, t.line);
    const values = [t.text, t.line, t.done ? 1 : 0, stored, t.tasks.map(task)];
    const told = toldKind(parts);
    return told && told.kind === t.kind && told.id === t.htmlId ? trimmed(values) : [...values, t.kind, t.htmlId];
  };
  const item = (i: Item): unknown[] => {
    const ref = i.ref === null ? null : refs.pack(i.ref, i.line).stored;
    const values = [i.title, i.line, STATES.indexOf(i.state), i.done === null ? null : i.done ? 1 : 0, ref, i.tasks.map(task), i.status, i.due, i.priority, i.links, i.fields];
    return sameProgress(i.progress, taskProgress(i.tasks)) ? trimmed(values) : [...values, [i.progress.done, i.progress.total]];
  };
  const group = (g: Group): unknown[] => {
    const values = [g.title, g.line, g.items.map(item), g.due];
    return sameProgress(g.progress, groupProgress(g.items)) ? trimmed(values) : [...values, [g.progress.done, g.progress.total]];
  };
  return compactText(JSON.stringify(groups.map(group)));
}

/**
 * The same text in as little memory as it takes. A note with one emoji is held two
 * bytes a character, and so is every string built from its slices, stringify's output
 * too (as a chain of parts); parsed back from JSON, a text of Latin-1 characters is one
 * flat string of one byte a character. Measured on notes with a 📅: 2× smaller.
 */
function compactText(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * The groups a packed string holds, every value checked: a string from a damaged cache
 * throws rather than giving the views a model they cannot read.
 */
export function unpackGroups(packed: string, path: string): Group[] {
  if (!packed) return [];
  const refs = new RefCodec(refPrefix(path));
  const task = (value: unknown): Task => {
    const v = list(value);
    const line = num(v[1]);
    const { ref, parts } = refs.unpack(str(v[3]), line);
    const tasks = listOf(v[4], task);
    const told = v.length > 5 || !parts ? { kind: kindOf(v[5]), id: orNull(v[6], str) } : refKind(parts);
    return { text: str(v[0]), path, line, done: flag(v[2]), kind: told.kind, htmlId: told.id, ref, tasks };
  };
  const item = (value: unknown): Item => {
    const v = list(value);
    const line = num(v[1]);
    const state = STATES[num(v[2])] ?? damaged();
    const done = v[3] === null || v[3] === undefined ? null : flag(v[3]);
    const ref = v[4] === null || v[4] === undefined ? null : refs.unpack(str(v[4]), line).ref;
    const tasks = listOf(v[5], task);
    const priority = v[8] === undefined || v[8] === null || typeof v[8] === 'string' || Number.isFinite(v[8]) ? ((v[8] ?? null) as Item['priority']) : damaged();
    const links = listOf(v[9], str);
    const progress = v[11] === undefined ? taskProgress(tasks) : progressOf(v[11]);
    return { title: str(v[0]), path, line, done, state, status: orNull(v[6], str), priority, due: orNull(v[7], str), links, fields: fieldsOf(v[10]), tasks, progress: zeroShared(progress), ref };
  };
  return list(JSON.parse(packed)).map((value): Group => {
    const v = list(value);
    const items = listOf(v[2], item);
    const progress = v[4] === undefined ? groupProgress(items) : progressOf(v[4]);
    return { title: str(v[0]), path, line: num(v[1]), due: orNull(v[3], str), items, progress: zeroShared(progress) };
  });
}

function damaged(): never {
  throw new Error('damaged packed groups');
}
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : damaged());
const listOf = <T>(value: unknown, each: (v: unknown) => T): T[] => {
  const values = value === undefined ? [] : list(value);
  return values.length ? values.map(each) : NO_LIST;
};
const str = (value: unknown): string => (typeof value === 'string' ? value : damaged());
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : damaged());
const flag = (value: unknown): boolean => (value === 1 ? true : value === 0 ? false : damaged());
const orNull = <T>(value: unknown, check: (v: unknown) => T): T | null => (value === undefined || value === null ? null : check(value));
const kindOf = (value: unknown): Task['kind'] => (value === 'gfm' || value === 'html' ? value : damaged());
const zeroShared = (progress: Progress): Progress => (progress.done === 0 && progress.total === 0 ? NO_PROGRESS : progress);

function progressOf(value: unknown): Progress {
  const [done, total] = list(value);
  return { done: num(done), total: num(total) };
}

function fieldsOf(value: unknown): Record<string, string> {
  if (value === undefined) return NO_FIELDS;
  if (!value || typeof value !== 'object' || Array.isArray(value)) damaged();
  const fields = value as Record<string, unknown>;
  const names = Object.keys(fields);
  if (!names.length) return NO_FIELDS;
  for (const name of names) str(fields[name]);
  return fields as Record<string, string>;
}
