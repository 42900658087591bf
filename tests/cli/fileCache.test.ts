// The index cache kept in a JSON file (src/cli/fileCache.ts): what is saved loads back,
// its folder is made, a save is whole or absent (a temporary file renamed), a missing
// file is an error the index takes as "no cache".
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCache } from '../../src/cli/fileCache';
import { tempDir } from '../helpers/tempVault';

describe('FileCache', () => {
  it('saves into a folder it makes, loads what it saved, leaves no temporary file', async () => {
    const dir = tempDir();
    const cache = new FileCache(join(dir, 'state', 'deep', 'index.json'));
    const data = { version: 3, notes: { 'a.md': { mtime: 1, size: 2 } } } as never;
    await cache.save(data);
    expect(await cache.load()).toEqual(data);
    expect(readdirSync(join(dir, 'state', 'deep'))).toEqual(['index.json']);
  });

  it('a missing file fails to load', async () => {
    const cache = new FileCache(join(tempDir(), 'none.json'));
    await expect(cache.load()).rejects.toThrow();
    expect(existsSync(cache.file)).toBe(false);
  });
});
