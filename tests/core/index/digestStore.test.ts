// The digests of the parsed notes (src/core/index/digestStore.ts): the path order kept
// until a note is added or dropped, and "links dirty" set only by what can change which
// notes are linked.
import { describe, expect, it } from 'vitest';
import { DigestStore } from '../../../src/core/index/digestStore';
import type { NoteDigest } from '../../../src/core/model/digest';

const digest = (path: string, links: [string, boolean][] = []): NoteDigest =>
  ({ path, title: path, tags: [], roadmapFlag: false, frontmatterError: null, unread: null, links: links.map(([target, embed]) => ({ target, embed })), groups: [], questions: [] });

describe('DigestStore', () => {
  it('starts with links dirty; keeps digests by path; size, has, get, paths', () => {
    const store = new DigestStore();
    expect(store.linksDirty).toBe(true);
    expect(store.size).toBe(0);
    store.set('b.md', digest('b.md'));
    store.set('a.md', digest('a.md'));
    expect(store.size).toBe(2);
    expect(store.has('a.md')).toBe(true);
    expect(store.has('c.md')).toBe(false);
    expect(store.get('a.md')?.path).toBe('a.md');
    expect(store.paths()).toEqual(['b.md', 'a.md']);
    expect([...store.map.keys()]).toEqual(['b.md', 'a.md']);
  });

  it('the sorted order is the same array until a note is added or dropped, not when one changes', () => {
    const store = new DigestStore();
    store.set('b.md', digest('b.md'));
    store.set('a.md', digest('a.md'));
    const order = store.sortedPaths();
    expect(order).toEqual(['a.md', 'b.md']);
    expect(store.holds(order)).toBe(true);
    expect(store.holds([...order])).toBe(false);
    store.set('a.md', digest('a.md'));
    expect(store.sortedPaths()).toBe(order);
    store.set('c.md', digest('c.md'));
    expect(store.holds(order)).toBe(false);
    const next = store.sortedPaths();
    expect(next).toEqual(['a.md', 'b.md', 'c.md']);
    store.drop('missing.md');
    expect(store.holds(next)).toBe(true);
    store.drop('b.md');
    expect(store.holds(next)).toBe(false);
    expect(store.sortedPaths()).toEqual(['a.md', 'c.md']);
    const last = store.sortedPaths();
    store.clear();
    expect(store.holds(last)).toBe(false);
    expect(store.size).toBe(0);
  });

  it('links dirty: by a new note’s links, a changed target or embed, a drop or a clear; not by the same links again', () => {
    const store = new DigestStore();
    store.linksDirty = false;
    store.set('a.md', digest('a.md'));
    expect(store.linksDirty).toBe(false);
    store.set('a.md', digest('a.md', [['One', false]]));
    expect(store.linksDirty).toBe(true);
    const steps: [[string, boolean][], boolean][] = [
      [[['One', false]], false],
      [[['Two', false]], true],
      [[['Two', true]], true],
      [[['Two', true], ['Three', false]], true],
      [[['Three', false], ['Two', true]], true],
      [[['Three', false]], true],
      [[], true],
    ];
    for (const [links, dirty] of steps) {
      store.linksDirty = false;
      store.set('a.md', digest('a.md', links));
      expect(store.linksDirty, JSON.stringify(links)).toBe(dirty);
    }
    store.linksDirty = false;
    store.drop('nothing.md');
    expect(store.linksDirty).toBe(false);
    store.drop('a.md');
    expect(store.linksDirty).toBe(true);
    store.linksDirty = false;
    store.clear();
    expect(store.linksDirty).toBe(true);
  });
});
