import type { IndexCache, IndexCacheData } from '../core/index/indexCache';

const DB = 'roadmap-board-cache';
const STORE = 'index';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = act(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
  );
}

/** Keys of this version's entries; older entries (vault name + a synced id) are orphans. */
export const KEY_PREFIX = 'app:';

/**
 * The index cache in IndexedDB: local to this device (never synced, unlike files in the
 * vault), one entry per vault, structured-cloned rather than JSON-encoded. Saving removes
 * entries of the older key scheme, which nothing reads any more.
 */
export class IdbCache implements IndexCache {
  constructor(private readonly key: string) {}

  load(): Promise<unknown> {
    return run('readonly', (store) => store.get(this.key) as IDBRequest<unknown>);
  }

  async save(data: IndexCacheData): Promise<void> {
    await run('readwrite', (store) => {
      const keys = store.getAllKeys();
      keys.onsuccess = () => {
        for (const key of keys.result) if (key !== this.key && (typeof key !== 'string' || !key.startsWith(KEY_PREFIX))) store.delete(key);
      };
      return store.put(data, this.key);
    });
  }
}
