import { describe, expect, it } from 'vitest';
import { CACHE_VERSION } from '../../src/core/index/indexCache';
import { IdbCache, KEY_PREFIX } from '../../src/obsidian/idbCache';

describe('the index cache in IndexedDB (real Chromium)', () => {
  it('keeps one entry per vault, and loads what was saved', async () => {
    const a = new IdbCache(`${KEY_PREFIX}vault a ${Math.random()}`);
    const b = new IdbCache(`${KEY_PREFIX}vault b ${Math.random()}`);
    expect(await a.load()).toBeUndefined();
    const data = { version: CACHE_VERSION, words: '{}', notes: { 'n.md': { mtime: 1, size: 2, scan: { tags: ['roadmap'], roadmapFlag: false, frontmatterError: null }, digest: null } } };
    await a.save(data);
    expect(await a.load()).toEqual(data);
    expect(await b.load()).toBeUndefined();
    await a.save({ version: CACHE_VERSION, words: '{}', notes: {} });
    expect(await a.load()).toEqual({ version: CACHE_VERSION, words: '{}', notes: {} });
  });

  it('saving removes entries of the older key scheme (vault name + synced id), never another vault’s', async () => {
    const old = new IdbCache(`Test vault:${Math.random().toString(36).slice(2)}`);
    const other = new IdbCache(`${KEY_PREFIX}other vault ${Math.random()}`);
    const mine = new IdbCache(`${KEY_PREFIX}this vault ${Math.random()}`);
    const data = { version: CACHE_VERSION, words: '{}', notes: {} };
    await other.save(data);
    await old.save(data); // as the older version wrote it
    expect(await old.load()).toEqual(data);
    await mine.save(data);
    expect(await old.load()).toBeUndefined();
    expect(await other.load()).toEqual(data);
    expect(await mine.load()).toEqual(data);
  });
});
