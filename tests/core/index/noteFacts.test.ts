import { describe, expect, it } from 'vitest';
import { NoteFacts } from '../../../src/core/index/noteFacts';

describe('NoteFacts', () => {
  it('gives back every scan and stat it was given', () => {
    const facts = new NoteFacts();
    const scans = [
      { tags: [], roadmapFlag: false, frontmatterError: null },
      { tags: ['roadmap/2026', 'a/b/c', 'x'], roadmapFlag: true, frontmatterError: null },
      { tags: ['only'], roadmapFlag: false, frontmatterError: null },
      { tags: ['kept'], roadmapFlag: false, frontmatterError: 'frontmatter is not valid YAML: bad' },
    ];
    scans.forEach((scan, i) => facts.set(`n${i}.md`, scan, i % 2 ? { mtime: 1732351234567.125 + i, size: 100 * i } : null));
    scans.forEach((scan, i) => {
      expect(facts.scan(`n${i}.md`)).toEqual(scan);
      expect(facts.stat(`n${i}.md`)).toEqual(i % 2 ? { mtime: 1732351234567.125 + i, size: 100 * i } : null);
    });
    expect(facts.scan('missing.md')).toBeNull();
  });

  it('keeps the stat when only the scan changes, and forgets it on request', () => {
    const facts = new NoteFacts();
    facts.set('a.md', { tags: ['x'], roadmapFlag: false, frontmatterError: null }, { mtime: 5, size: 6 });
    facts.set('a.md', { tags: ['y'], roadmapFlag: false, frontmatterError: null });
    expect(facts.stat('a.md')).toEqual({ mtime: 5, size: 6 });
    expect(facts.scan('a.md')?.tags).toEqual(['y']);
    facts.setStat('a.md', null);
    expect(facts.stat('a.md')).toBeNull();
    expect(facts.scan('a.md')?.tags).toEqual(['y']);
    facts.setStat('unknown.md', { mtime: 1, size: 1 });
    expect(facts.has('unknown.md')).toBe(false);
    facts.delete('a.md');
    expect([...facts.paths()]).toEqual([]);
  });
});
