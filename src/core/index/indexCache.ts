import { groupsOf, type NoteDigest } from '../model/digest';
import { NO_LIST } from '../model/packedGroups';
import type { NoteScan } from '../parse/scan';

/**
 * What the index keeps between sessions: each note's scan, and the digest of the notes
 * it parsed, keyed by path and valid while the file's mtime and size are unchanged.
 * The version names the digest's shape and `words` the column words it was built with:
 * a cache of another version or other words is not used.
 */
export const CACHE_VERSION = 'roadmap-index-3';

export interface CachedNote {
  mtime: number;
  size: number;
  scan: NoteScan;
  digest: NoteDigest | null;
}

export interface IndexCacheData {
  version: string;
  words: string;
  notes: Record<string, CachedNote>;
}

/** Where the cache lives: a file for the CLI, IndexedDB in Obsidian, memory in tests. */
export interface IndexCache {
  /** The saved data, or null; may throw (a broken store is the same as none). */
  load(): Promise<unknown>;
  save(data: IndexCacheData): Promise<void>;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const orNull = (value: unknown, check: (v: unknown) => boolean) => value === null || check(value);

function validScan(value: unknown): value is NoteScan {
  return isObject(value) && isStrings(value.tags) && typeof value.roadmapFlag === 'boolean' && orNull(value.frontmatterError, isString);
}

function validDigest(value: unknown, path: string): value is NoteDigest {
  return (
    isObject(value) && value.path === path && isString(value.title) && isStrings(value.tags) && typeof value.roadmapFlag === 'boolean' && orNull(value.frontmatterError, isString) && orNull(value.unread, isString) &&
    Array.isArray(value.links) && value.links.every((link) => isObject(link) && isString(link.target) && typeof link.embed === 'boolean') &&
    isString(value.packedGroups) && isStrings(value.questions)
  );
}

/**
 * The views read every field of the model: a cached note's groups are built once before
 * it is used, every value checked, so a damaged store costs a re-read but never a broken
 * board. The index does it note by note as it starts, with turns between (a cache of
 * 100,000 notes holds ~15,000 notes' groups: over a second's work).
 */
export function readable(digest: NoteDigest): boolean {
  try {
    groupsOf(digest);
    return true;
  } catch {
    return false;
  }
}

const shared = <T>(list: T[]): T[] => (list.length ? list : NO_LIST);

/**
 * Reads loaded cache data: entries of this version and these words with the right
 * shape, by path (their packed groups are checked as they are used: see readable). A
 * missing, corrupt or older cache gives an empty map — a full index, nothing dropped.
 */
export function readCache(data: unknown, words: string): Map<string, CachedNote> {
  const notes = new Map<string, CachedNote>();
  if (!isObject(data) || data.version !== CACHE_VERSION || data.words !== words || !isObject(data.notes)) return notes;
  for (const [path, entry] of Object.entries(data.notes)) {
    if (!isObject(entry) || !isNumber(entry.mtime) || !isNumber(entry.size) || !validScan(entry.scan)) continue;
    if (entry.digest !== null && !validDigest(entry.digest, path)) continue;
    const digest = entry.digest && { ...entry.digest, links: shared(entry.digest.links), questions: shared(entry.digest.questions) };
    notes.set(path, { mtime: entry.mtime, size: entry.size, scan: entry.scan, digest });
  }
  return notes;
}
