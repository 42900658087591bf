import type { NoteDigest } from '../model/digest';
import { CACHE_VERSION, readCache, type CachedNote, type IndexCache, type IndexCacheData } from './indexCache';
import type { NoteFacts } from './noteFacts';

/** The cache's entries, or none when there is no cache or it cannot be read. */
export async function loadEntries(cache: IndexCache | undefined, words: string): Promise<Map<string, CachedNote>> {
  if (!cache) return new Map();
  try {
    return readCache(await cache.load(), words);
  } catch {
    return new Map();
  }
}

/**
 * What to save: every note whose stat is known. A note changed since it was read has
 * none (its stat is taken just before it is read again), so it is left out and read at
 * the next start rather than saved with content older than its stat.
 */
export function cacheData(facts: NoteFacts, digests: ReadonlyMap<string, NoteDigest>, words: string): IndexCacheData {
  const notes: Record<string, CachedNote> = {};
  for (const path of facts.paths()) {
    const scan = facts.scan(path);
    const stat = facts.stat(path);
    if (scan && stat) notes[path] = { mtime: stat.mtime, size: stat.size, scan, digest: digests.get(path) ?? null };
  }
  return { version: CACHE_VERSION, words, notes };
}

/** Saves; a cache that cannot be written costs the next start its speed, nothing else. */
export async function saveEntries(cache: IndexCache, data: IndexCacheData): Promise<void> {
  try {
    await cache.save(data);
  } catch {
    // See above.
  }
}
