// Case 12: the persistent cache missing, corrupt or from an older version.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCache } from '../../src/cli/fileCache';
import { FsVault } from '../../src/cli/fsVault';
import { LiveIndex } from '../../src/core/index/liveIndex';
import { makeSettings } from '../../src/core/settings';
import { copyVault, tempDir } from '../helpers/tempVault';

const exampleVault = join(__dirname, '../../example-vault');

async function built(vault: string, cacheFile?: string) {
  const index = new LiveIndex(new FsVault(vault), makeSettings(), { cache: cacheFile ? new FileCache(cacheFile) : undefined });
  await index.build();
  return index;
}

describe('case 12: a missing, corrupt or older cache', () => {
  it('means a full index with nothing dropped, and a good cache is written again', async () => {
    const vault = copyVault(exampleVault);
    const full = (await built(vault)).snapshot.roadmap;
    const dir = tempDir();
    const cases: Record<string, string | null> = {
      missing: null,
      'not JSON': '{"version": "roadmap-index-2", "notes": {',
      'older version': JSON.stringify({ version: 'roadmap-index-1', notes: { 'Projects.md': { mtime: 0, size: 0, scan: { tags: [], roadmapFlag: false, frontmatterError: null }, doc: null } } }),
      'wrong shape': JSON.stringify({ version: 'roadmap-index-2', words: '{}', notes: { 'Projects.md': { mtime: 'x', digest: [] } } }),
      empty: '',
    };
    for (const [name, content] of Object.entries(cases)) {
      const file = join(dir, `${name}.json`);
      if (content !== null) writeFileSync(file, content);
      const index = await built(vault, file);
      expect(index.snapshot.roadmap, name).toEqual(full);
      await index.saveCache();
      // The next start from the rewritten cache reads nothing and gives the same model.
      expect((await built(vault, file)).snapshot.roadmap, name).toEqual(full);
    }
  });
});
