// Case 11: a 5 MB note, and input built to slow the parser down.
import { describe, expect, it } from 'vitest';
import { extractInSteps, MAX_PIECE } from '../../src/core/parse/extract';
import { LiveIndex } from '../../src/core/index/liveIndex';
import { makeSettings } from '../../src/core/settings';
import { MemoryVault } from '../fakes/memoryVault';

/** Builds with a counted turn at every yield: how often the index let the app run. */
async function build(files: Record<string, string>) {
  const vault = new MemoryVault(files);
  let turns = 0;
  const index = new LiveIndex(vault, makeSettings(), { yieldNow: async () => void turns++ });
  await index.build();
  return { index, turns };
}

describe('case 11: huge and hostile notes', () => {
  it('a 5 MB roadmap note is named, not parsed; the other notes index', async () => {
    const huge = `#roadmap\n\n${'- [ ] a task in a note of megabytes\n'.repeat(140_000)}`;
    expect(huge.length).toBeGreaterThan(5_000_000);
    const { index } = await build({ 'huge.md': huge, 'plan.md': '#roadmap\n- [ ] fine\n' });
    expect(index.snapshot.roadmap.notes.map((n) => n.path)).toEqual(['plan.md']);
    expect(index.snapshot.errors).toEqual([{ path: 'huge.md', message: `${(huge.length / 1e6).toFixed(1)} million characters; notes over 2 million are not read` }]);
  });

  it('thousands of unclosed links in list items: read in pieces of bounded size, with turns between', async () => {
    const hostile = `#roadmap\n\n${Array.from({ length: 3000 }, (_, i) => `- [ ] task [a${i}](b`).join('\n')}\n`;
    const steps = extractInSteps('h.md', hostile);
    let pieces = 1;
    while (!steps.next().done) pieces++;
    expect(pieces).toBeGreaterThan(hostile.length / 12_000);
    const { index, turns } = await build({ 'h.md': hostile });
    expect(turns).toBeGreaterThanOrEqual(pieces);
    expect(index.snapshot.roadmap.groups.flatMap((g) => g.items)).toHaveLength(3000);
    expect(index.snapshot.errors).toEqual([]);
  });

  it('one paragraph too long to cut is skipped with a message; the rest of the note is read', async () => {
    const paragraph = Array.from({ length: 12_000 }, (_, i) => `[a${i}](b `).join('');
    expect(paragraph.length).toBeGreaterThan(MAX_PIECE);
    const { index } = await build({ 'p.md': `#roadmap\n\n## Before\n\n- [ ] read before\n\n${paragraph}\n\n## After\n\n- [ ] read after\n` });
    expect(index.snapshot.roadmap.groups.flatMap((g) => g.items.map((i) => i.title))).toEqual(['read before', 'read after']);
    // Named by its lines: the paragraph is line 7 (its piece runs to the blank line after it).
    expect(index.snapshot.errors).toEqual([{ path: 'p.md', message: `lines 7–8 (${Math.round((paragraph.length + 2) / 1024)} KB) were not read: no place to cut it into parts the parser can read in time` }]);
  });
});
