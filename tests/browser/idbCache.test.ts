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

  it('on a device that never had it: the database and its store are made at the first save', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('roadmap-board-cache');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
    });
    const fresh = new IdbCache(`${KEY_PREFIX}new device ${Math.random()}`);
    expect(await fresh.load()).toBeUndefined();
    const data = { version: CACHE_VERSION, words: '{}', notes: {} };
    await fresh.save(data);
    expect(await fresh.load()).toEqual(data);
  });

  it('saving removes an entry whose key is not text (no version wrote one, so it is debris)', async () => {
    const mine = new IdbCache(`${KEY_PREFIX}keys ${Math.random()}`);
    await mine.save({ version: CACHE_VERSION, words: '{}', notes: {} });
    const raw = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('roadmap-board-cache', 1);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
      });
    const keys = async () => {
      const db = await raw();
      return new Promise<IDBValidKey[]>((resolve) => {
        const request = db.transaction('index', 'readonly').objectStore('index').getAllKeys();
        request.onsuccess = () => (db.close(), resolve(request.result));
      });
    };
    const db = await raw();
    await new Promise<void>((resolve) => {
      const tx = db.transaction('index', 'readwrite');
      tx.objectStore('index').put({}, 42);
      tx.oncomplete = () => (db.close(), resolve());
    });
    expect(await keys()).toContain(42);
    await mine.save({ version: CACHE_VERSION, words: '{}', notes: {} });
    expect(await keys()).not.toContain(42);
  });
});
