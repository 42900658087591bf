// Case 13: one unreadable note — the rest indexes, its last data stays.
import { describe, expect, it } from 'vitest';
import { LiveIndex } from '../../src/core/index/liveIndex';
import { makeSettings } from '../../src/core/settings';
import { MemoryVault } from '../fakes/memoryVault';
import { cli, makeVault, snapshot } from '../helpers/tempVault';

describe('case 13: one unreadable note', () => {
  it('CLI: the rest indexes; the note is named with the reason; nothing is written', async () => {
    const vault = makeVault({ 'good.md': '#roadmap\n- [ ] ok\n', 'bad.md': Uint8Array.from([0x23, 0x72, 0xff, 0x0a]) });
    const before = snapshot(vault);
    const result = await cli('board', vault, '--all');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ok');
    expect(result.stderr).toBe('roadmap: bad.md: bad.md is not valid UTF-8 text\n');
    expect(snapshot(vault)).toEqual(before);
  });

  it('live index: a note that stops being readable keeps its last data and is named', async () => {
    const vault = new MemoryVault({ 'a.md': '#roadmap\n- [ ] from a\n', 'b.md': '#roadmap\n- [ ] from b\n' });
    const index = new LiveIndex(vault, makeSettings());
    await index.build();
    vault.failing.add('b.md');
    vault.set('b.md', '#roadmap\n- [ ] new text nobody could read\n');
    index.changed('b.md');
    await index.settled();
    const titles = index.snapshot.roadmap.groups.flatMap((g) => g.items.map((i) => i.title));
    expect(titles).toEqual(['from a', 'from b']);
    expect(index.snapshot.errors).toEqual([{ path: 'b.md', message: 'cannot read b.md' }]);
  });
});
