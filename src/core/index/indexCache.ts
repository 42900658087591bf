import { isGroups, isObject, isString } from '../model/checkGroups';
import { shareEmpties, type NoteDigest } from '../model/digest';
import type { NoteScan } from '../parse/scan';

/**
 * What the index keeps between sessions: each note's scan, and the digest of the notes
 * it parsed, keyed by path and valid while the file's mtime and size are unchanged.
 * The version names the digest's shape and `words` the column words it was built with:
 * a cache of another version or other words is not used.
 */
export const CACHE_VERSION = 'roadmap-index-5';

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
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const orNull = (value: unknown, check: (v: unknown) => boolean) => value === null || check(value);

function validScan(value: unknown): value is NoteScan {
  return isObject(value) && isStrings(value.tags) && typeof value.roadmapFlag === 'boolean' && orNull(value.frontmatterError, isString);
}

function validDigest(value: unknown, path: string): value is NoteDigest {
  return (
    isObject(value) && value.path === path && isString(value.title) && isStrings(value.tags) && typeof value.roadmapFlag === 'boolean' && orNull(value.frontmatterError, isString) && orNull(value.unread, isString) &&
    Array.isArray(value.links) && value.links.every((link) => isObject(link) && isString(link.target) && typeof link.embed === 'boolean') &&
    Array.isArray(value.groups) && isStrings(value.questions)
  );
}

/**
 * Whether a cached note's groups can be used: every value checked (isGroups), so a
 * damaged store costs a re-read but never a broken board; a usable one gets its empty
 * lists shared, as a freshly read note's. The index asks note by note as it starts, with
 * turns between, not for the whole cache at load.
 */
export function readable(digest: NoteDigest): boolean {
  if (!isGroups(digest.groups, digest.path)) return false;
  shareEmpties(digest);
  return true;
}

/**
 * Reads loaded cache data: entries of this version and these words with the right
 * shape, by path (their groups are checked as they are used: see readable). A missing,
 * corrupt or older cache gives an empty map — a full index, nothing dropped.
 */
export function readCache(data: unknown, words: string): Map<string, CachedNote> {
  const notes = new Map<string, CachedNote>();
  if (!isObject(data) || data.version !== CACHE_VERSION || data.words !== words || !isObject(data.notes)) return notes;
  for (const [path, entry] of Object.entries(data.notes)) {
    if (!isObject(entry) || !isNumber(entry.mtime) || !isNumber(entry.size) || !validScan(entry.scan)) continue;
    if (entry.digest !== null && !validDigest(entry.digest, path)) continue;
    notes.set(path, { mtime: entry.mtime, size: entry.size, scan: entry.scan, digest: entry.digest });
  }
  return notes;
}
