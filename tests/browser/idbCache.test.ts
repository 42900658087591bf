import { describe, expect, it } from 'vitest';
import { CACHE_VERSION } from '../../src/core/index/indexCache';
import { IdbCache } from '../../src/obsidian/idbCache';

describe('the index cache in IndexedDB (real Chromium)', () => {
  it('keeps one entry per vault, and loads what was saved', async () => {
    const a = new IdbCache(`vault a ${Math.random()}`);
    const b = new IdbCache(`vault b ${Math.random()}`);
    expect(await a.load()).toBeUndefined();
    const data = { version: CACHE_VERSION, words: '{}', notes: { 'n.md': { mtime: 1, size: 2, scan: { tags: ['roadmap'], roadmapFlag: false, frontmatterError: null }, digest: null } } };
    await a.save(data);
    expect(await a.load()).toEqual(data);
    expect(await b.load()).toBeUndefined();
    await a.save({ version: CACHE_VERSION, words: '{}', notes: {} });
    expect(await a.load()).toEqual({ version: CACHE_VERSION, words: '{}', notes: {} });
  });
});
