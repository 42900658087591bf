import type { NoteScan } from '../parse/scan';
import type { NoteDoc } from '../parse/types';

/**
 * What the index keeps between sessions: each note's scan, and the extract of the notes
 * it parsed, keyed by path and valid while the file's mtime and size are unchanged.
 * The version names the extract's shape: a cache from another version is not used.
 */
export const CACHE_VERSION = 'roadmap-index-1';

export interface CachedNote {
  mtime: number;
  size: number;
  scan: NoteScan;
  doc: NoteDoc | null;
}

export interface IndexCacheData {
  version: string;
  notes: Record<string, CachedNote>;
}

/** Where the cache lives: a file for the CLI, IndexedDB in Obsidian, memory in tests. */
export interface IndexCache {
  /** The saved data, or null; may throw (a broken store is the same as none). */
  load(): Promise<unknown>;
  save(data: IndexCacheData): Promise<void>;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

function validScan(value: unknown): value is NoteScan {
  return isObject(value) && Array.isArray(value.tags) && value.tags.every((t) => typeof t === 'string') && typeof value.roadmapFlag === 'boolean' && (value.frontmatterError === null || typeof value.frontmatterError === 'string');
}

function validDoc(value: unknown, path: string): value is NoteDoc {
  return isObject(value) && value.path === path && Array.isArray(value.blocks) && Array.isArray(value.links) && Array.isArray(value.tags) && typeof value.title === 'string';
}

/**
 * Reads loaded cache data: entries of this version with the right shape, by path. A
 * missing, corrupt or older cache gives an empty map — a full index, nothing dropped.
 */
export function readCache(data: unknown): Map<string, CachedNote> {
  const notes = new Map<string, CachedNote>();
  if (!isObject(data) || data.version !== CACHE_VERSION || !isObject(data.notes)) return notes;
  for (const [path, entry] of Object.entries(data.notes)) {
    if (!isObject(entry) || !isNumber(entry.mtime) || !isNumber(entry.size) || !validScan(entry.scan)) continue;
    if (entry.doc !== null && !validDoc(entry.doc, path)) continue;
    notes.set(path, { mtime: entry.mtime, size: entry.size, scan: entry.scan, doc: entry.doc });
  }
  return notes;
}
