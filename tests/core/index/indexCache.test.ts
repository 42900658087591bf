// The index cache as it is read back (src/core/index/indexCache.ts): an entry is used
// only when every field has the shape it was saved with, so a damaged store costs the
// re-reading of its notes and never a broken board. Each field is broken in turn.
import { describe, expect, it } from 'vitest';
import { CACHE_VERSION, readable, readCache } from '../../../src/core/index/indexCache';
import { LiveIndex } from '../../../src/core/index/liveIndex';
import { makeSettings } from '../../../src/core/settings';
import { MemoryVault } from '../../fakes/memoryVault';

const NOTE = '#roadmap\n\n## Build\n\n- [ ] Ship 📅 2026-02-01\n\n[[Other]]\n\n## Check-in\n\n- What went well?\n';

/** What a real index saves for one roadmap note and one plain note. */
async function saved(): Promise<{ version: string; words: string; notes: Record<string, Record<string, unknown>> }> {
  let data: unknown = null;
  const index = new LiveIndex(new MemoryVault({ 'Plan.md': NOTE, 'Plain.md': 'nothing here\n' }), makeSettings(), { cache: { load: async () => null, save: async (d) => void (data = structuredClone(d)) } });
  await index.build();
  await index.saveCache();
  index.dispose();
  return data as never;
}

describe('readCache', () => {
  it('a cache as saved is read whole: every note, its scan and its digest', async () => {
    const data = await saved();
    const notes = readCache(data, data.words);
    expect([...notes.keys()].sort()).toEqual(['Plain.md', 'Plan.md']);
    expect(notes.get('Plan.md')).toEqual(data.notes['Plan.md']);
    expect(notes.get('Plain.md')!.digest).toBeNull();
    expect(readable(notes.get('Plan.md')!.digest!)).toBe(true);
  });

  it('another version, other words, no notes object, or no object at all: nothing is used', async () => {
    const data = await saved();
    expect(data.version).toBe(CACHE_VERSION);
    for (const odd of [{ ...data, version: 'roadmap-index-4' }, { ...data, words: 'other' }, { ...data, notes: null }, { ...data, notes: 'x' }, null, 'text', []]) expect(readCache(odd, data.words).size, JSON.stringify(odd).slice(0, 60)).toBe(0);
  });

  it('an entry with any field of the wrong shape is dropped, the others kept', async () => {
    const data = await saved();
    const entry = data.notes['Plan.md'] as { mtime: number; size: number; scan: Record<string, unknown>; digest: Record<string, unknown> };
    const broken: [string, (e: typeof entry) => unknown][] = [
      ['entry not an object', () => 'x'],
      ['mtime missing', (e) => ({ ...e, mtime: undefined })],
      ['mtime not finite', (e) => ({ ...e, mtime: Infinity })],
      ['mtime as text', (e) => ({ ...e, mtime: '1' })],
      ['size missing', (e) => ({ ...e, size: null })],
      ['size NaN', (e) => ({ ...e, size: NaN })],
      ['scan missing', (e) => ({ ...e, scan: null })],
      ['scan tags not a list', (e) => ({ ...e, scan: { ...e.scan, tags: 'roadmap' } })],
      ['scan tags not text', (e) => ({ ...e, scan: { ...e.scan, tags: [1] } })],
      ['scan flag not boolean', (e) => ({ ...e, scan: { ...e.scan, roadmapFlag: 'true' } })],
      ['scan error not text', (e) => ({ ...e, scan: { ...e.scan, frontmatterError: 1 } })],
      ['digest not an object', (e) => ({ ...e, digest: 'x' })],
      ['digest of another path', (e) => ({ ...e, digest: { ...e.digest, path: 'Other.md' } })],
      ['digest title not text', (e) => ({ ...e, digest: { ...e.digest, title: 1 } })],
      ['digest tags not text', (e) => ({ ...e, digest: { ...e.digest, tags: [null] } })],
      ['digest flag not boolean', (e) => ({ ...e, digest: { ...e.digest, roadmapFlag: 0 } })],
      ['digest error not text', (e) => ({ ...e, digest: { ...e.digest, frontmatterError: false } })],
      ['digest unread not text', (e) => ({ ...e, digest: { ...e.digest, unread: 3 } })],
      ['links not a list', (e) => ({ ...e, digest: { ...e.digest, links: {} } })],
      ['a link not an object', (e) => ({ ...e, digest: { ...e.digest, links: ['Other'] } })],
      ['a link target not text', (e) => ({ ...e, digest: { ...e.digest, links: [{ target: 1, embed: false }] } })],
      ['a link embed not boolean', (e) => ({ ...e, digest: { ...e.digest, links: [{ target: 'Other', embed: 'no' }] } })],
      ['groups not a list', (e) => ({ ...e, digest: { ...e.digest, groups: {} } })],
      ['questions not text', (e) => ({ ...e, digest: { ...e.digest, questions: [1] } })],
    ];
    for (const [what, breakIt] of broken) {
      const notes = readCache({ ...data, notes: { ...data.notes, 'Plan.md': breakIt(entry) } }, data.words);
      expect([...notes.keys()], what).toEqual(['Plain.md']);
    }
    // Null where null is allowed keeps the entry.
    const nulls = readCache({ ...data, notes: { 'Plan.md': { ...entry, scan: { ...entry.scan, frontmatterError: null }, digest: { ...entry.digest, frontmatterError: null, unread: null } } } }, data.words);
    expect([...nulls.keys()]).toEqual(['Plan.md']);
  });

  it('groups of the wrong shape are found when the note is used: not readable', async () => {
    const data = await saved();
    const digest = data.notes['Plan.md'].digest as { groups: unknown[] };
    expect(readable({ ...digest, groups: [{ title: 1 }] } as never)).toBe(false);
  });
});
