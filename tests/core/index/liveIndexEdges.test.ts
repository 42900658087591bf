// The live index at its edges, in memory: ready() and listeners, the Tasks plugin's
// statuses taken in, errors said in path order, a note too long to read, a note that
// cannot be read, link depth 0, other files than notes, a disposed index, and a newer
// build superseding an older one.
import { describe, expect, it } from 'vitest';
import { LiveIndex, type Snapshot } from '../../../src/core/index/liveIndex';
import { MAX_NOTE_CHARS } from '../../../src/core/index/readNote';
import { makeSettings } from '../../../src/core/settings';
import { MemoryVault } from '../../fakes/memoryVault';

/** A persistent cache held in memory, as the plugin's IndexedDB or the CLI's file would hold it. */
const memoryCache = () => {
  let stored: unknown = null;
  return { load: async () => stored, save: async (data: unknown) => void (stored = structuredClone(data)) };
};
const titles = (snapshot: Snapshot) => snapshot.roadmap.groups.flatMap((g) => g.items.map((i) => `${i.title}:${i.state}`));

describe('LiveIndex edges', () => {
  it('ready() waits for the first build, at once after it; an unsubscribed listener hears nothing more', async () => {
    const index = new LiveIndex(new MemoryVault({ 'Plan.md': '#roadmap\n\n- [ ] Ship\n' }), makeSettings());
    const heard: number[] = [];
    const off = index.subscribe((s) => heard.push(s.revision));
    let ready = false;
    const waiting = index.ready().then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    expect(index.snapshot.state).toBe('loading');
    await index.build();
    await waiting;
    expect(ready).toBe(true);
    expect(heard).toEqual([1]);
    await index.ready();
    off();
    await index.build();
    expect(heard).toEqual([1]);
    expect(index.snapshot.revision).toBe(2);
  });

  it("the Tasks plugin's statuses: given at start, taken for the next build, or with new settings", async () => {
    const vault = new MemoryVault({ 'Plan.md': '#roadmap\n\n- [?] Asked\n' });
    const doing = new Map([['?', { state: 'doing' as const, next: ' ' }]]);
    const withTasks = new LiveIndex(vault, makeSettings(), { tasksStatuses: doing });
    await withTasks.build();
    expect(titles(withTasks.snapshot)).toEqual(['Asked:doing']);
    expect(withTasks.statuses.of('?').state).toBe('doing');
    const later = new LiveIndex(vault, makeSettings());
    await later.build();
    const before = titles(later.snapshot);
    expect(before).not.toEqual(['Asked:doing']);
    later.setTasksStatuses(doing);
    expect(titles(later.snapshot)).toEqual(before);
    await later.build();
    expect(titles(later.snapshot)).toEqual(['Asked:doing']);
    later.setTasksStatuses(null);
    await later.updateSettings(makeSettings());
    expect(titles(later.snapshot)).toEqual(before);
    await later.updateSettings(makeSettings(), doing);
    expect(titles(later.snapshot)).toEqual(['Asked:doing']);
  });

  it('errors in path order: a note too long to read, a note that cannot be read, broken frontmatter naming a roadmap tag', async () => {
    const vault = new MemoryVault({
      'c.md': `#roadmap\n${'x'.repeat(MAX_NOTE_CHARS)}`,
      'a.md': '---\ntags: [roadmap\n---\n\n- [ ] a\n',
      'b.md': '#roadmap\n\n- [ ] b\n',
      'ok.md': '#roadmap\n\n- [ ] fine\n',
    });
    vault.failing.add('b.md');
    const index = new LiveIndex(vault, makeSettings());
    await index.build();
    expect(index.snapshot.errors.map((e) => e.path)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(index.snapshot.errors[2].message).toBe('2.0 million characters; notes over 2 million are not read');
    expect(titles(index.snapshot)).toEqual(['fine:todo']);
    // Fixed: the errors go.
    vault.failing.delete('b.md');
    vault.set('c.md', '#roadmap\n\n- [ ] c\n');
    index.changed('b.md');
    index.changed('c.md');
    await index.settled();
    expect(index.snapshot.errors.map((e) => e.path)).toEqual(['a.md']);
    expect(titles(index.snapshot).sort()).toEqual(['b:todo', 'c:todo', 'fine:todo']);
  });

  it('link depth 0 follows no link; 1 follows one; files other than notes are never read', async () => {
    const files = { 'Plan.md': '#roadmap\n\n- [ ] here\n\n[[One]] [[data.csv]]\n', 'One.md': '- [ ] one away\n', 'data.csv': 'a,b\n' };
    const none = new MemoryVault(files);
    const zero = new LiveIndex(none, makeSettings({ linkDepth: 0 }));
    await zero.build();
    expect(titles(zero.snapshot)).toEqual(['here:todo']);
    const one = new MemoryVault(files);
    const index = new LiveIndex(one, makeSettings({ linkDepth: 1 }));
    await index.build();
    expect(titles(index.snapshot).sort()).toEqual(['here:todo', 'one away:todo']);
    expect(one.reads).not.toContain('data.csv');
    one.set('data.csv', '#roadmap\n- [ ] x\n');
    index.changed('data.csv');
    await index.settled();
    expect(one.reads).not.toContain('data.csv');
  });

  it('a disposed index publishes nothing more and hears no change', async () => {
    const vault = new MemoryVault({ 'Plan.md': '#roadmap\n\n- [ ] Ship\n' });
    const index = new LiveIndex(vault, makeSettings());
    await index.build();
    const heard: number[] = [];
    index.subscribe((s) => heard.push(s.revision));
    index.dispose();
    vault.set('Plan.md', '#roadmap\n\n- [x] Ship\n');
    index.changed('Plan.md');
    await index.settled();
    await index.build();
    expect(heard).toEqual([]);
    expect(titles(index.snapshot)).toEqual(['Ship:todo']);
  });

  it('builds started one after another: each runs whole, in turn, and the last one’s settings win', async () => {
    const vault = new MemoryVault({ 'Plan.md': '#roadmap\n\n- [ ] Ship\n', 'Goals.md': '#goals\n\n- [ ] Aim\n' });
    const index = new LiveIndex(vault, makeSettings());
    const published: string[][] = [];
    index.subscribe((s) => published.push(titles(s)));
    const first = index.updateSettings(makeSettings({ roadmapTags: ['goals'] }));
    const second = index.updateSettings(makeSettings({ roadmapTags: ['roadmap', 'goals'] }));
    await Promise.all([first, second]);
    // The first, superseded before it began, publishes nothing.
    expect(published.map((p) => p.sort())).toEqual([['Aim:todo', 'Ship:todo']]);
    expect(index.snapshot.state).toBe('ready');
  });
});

describe('LiveIndex, the cache and changes', () => {
  it('a note rewritten to the same size is read again (its mtime changed); plain notes come back from the cache as plain', async () => {
    const vault = new MemoryVault({ 'Plan.md': '#roadmap\n\n- [ ] aaaa\n', 'Plain.md': 'just text\n' });
    const cache = memoryCache();
    const cold = new LiveIndex(vault, makeSettings(), { cache });
    await cold.build();
    await cold.saveCache();
    vault.set('Plan.md', '#roadmap\n\n- [ ] bbbb\n');
    vault.reads.length = 0;
    const warm = new LiveIndex(vault, makeSettings(), { cache });
    await warm.build();
    expect(vault.reads).toEqual(['Plan.md']);
    expect(titles(warm.snapshot)).toEqual(['bbbb:todo']);
    expect(warm.snapshot.roadmap.notes.map((n) => n.path)).toEqual(['Plan.md']);
  });

  it("the plugin's own write is applied at once; another change waits for its burst to settle", async () => {
    const vault = new MemoryVault({ 'Plan.md': '#roadmap\n\n- [ ] Ship\n' });
    const never = { setTimeout: () => 1, clearTimeout: () => undefined };
    const index = new LiveIndex(vault, makeSettings(), { timers: never });
    await index.build();
    vault.set('Plan.md', '#roadmap\n\n- [x] Ship\n');
    index.changed('Plan.md');
    await new Promise((r) => setTimeout(r, 10));
    expect(titles(index.snapshot)).toEqual(['Ship:todo']);
    vault.set('Plan.md', '#roadmap\n\n- [/] Ship\n');
    index.changed('Plan.md', true);
    await new Promise((r) => setTimeout(r, 10));
    expect(titles(index.snapshot)).toEqual(['Ship:doing']);
  });
});

describe('LiveIndex, more edges', () => {
  it('a cache built with other column words or Tasks statuses is not used', async () => {
    const vault = new MemoryVault({ 'Plan.md': '#roadmap\n\n- [ ] Ship\n' });
    const cache = memoryCache();
    const cold = new LiveIndex(vault, makeSettings(), { cache });
    await cold.build();
    await cold.saveCache();
    for (const index of [new LiveIndex(vault, makeSettings({ columnWords: { status: ['phase'] } }), { cache }), new LiveIndex(vault, makeSettings(), { cache, tasksStatuses: new Map([['?', { state: 'doing' as const, next: ' ' }]]) })]) {
      vault.reads.length = 0;
      await index.build();
      expect(vault.reads).toEqual(['Plan.md']);
    }
    vault.reads.length = 0;
    await new LiveIndex(vault, makeSettings(), { cache }).build();
    expect(vault.reads).toEqual([]);
  });

  it('a note whose size changed at the same mtime is read again', async () => {
    class SameTime extends MemoryVault {
      override async list() {
        return (await super.list()).map((f) => ({ ...f, mtime: 1 }));
      }
    }
    const vault = new SameTime({ 'Plan.md': '#roadmap\n\n- [ ] a\n' });
    const cache = memoryCache();
    const cold = new LiveIndex(vault, makeSettings(), { cache });
    await cold.build();
    await cold.saveCache();
    vault.set('Plan.md', '#roadmap\n\n- [ ] longer\n');
    const warm = new LiveIndex(vault, makeSettings(), { cache });
    await warm.build();
    expect(titles(warm.snapshot)).toEqual(['longer:todo']);
  });

  it("an unreadable note's error is the read's own; a roadmap note with broken frontmatter is read and its error said", async () => {
    const vault = new MemoryVault({ 'b.md': '#roadmap\n\n- [ ] b\n', 'd.md': '---\ntitle: [x\n---\n#roadmap\n\n- [ ] d\n' });
    vault.failing.add('b.md');
    const index = new LiveIndex(vault, makeSettings());
    await index.build();
    expect(index.snapshot.errors.map((e) => [e.path, e.message.startsWith('cannot read b.md') || e.path === 'd.md'])).toEqual([
      ['b.md', true],
      ['d.md', true],
    ]);
    expect(titles(index.snapshot)).toEqual(['d:todo']);
  });

  it('link depth 2: a link of a link is read', async () => {
    const vault = new MemoryVault({ 'Plan.md': '#roadmap\n\n- [ ] here\n\n[[One]]\n', 'One.md': '- [ ] one away\n\n[[Two]]\n', 'Two.md': '- [ ] two away\n' });
    const index = new LiveIndex(vault, makeSettings({ linkDepth: 2 }));
    await index.build();
    expect(titles(index.snapshot).sort()).toEqual(['here:todo', 'one away:todo', 'two away:todo']);
  });

  it('a note changed and then deleted in one burst is gone, with no error for it', async () => {
    const vault = new MemoryVault({ 'Plan.md': '#roadmap\n\n- [ ] Ship\n', 'x.md': '#roadmap\n\n- [ ] x\n' });
    const never = { setTimeout: () => 1, clearTimeout: () => undefined };
    const index = new LiveIndex(vault, makeSettings(), { timers: never });
    await index.build();
    vault.set('x.md', '#roadmap\n\n- [x] x\n');
    index.changed('x.md');
    vault.delete('x.md');
    index.deleted('x.md');
    await index.settled();
    expect(index.snapshot.errors).toEqual([]);
    expect(titles(index.snapshot)).toEqual(['Ship:todo']);
  });
});
