import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_VERSION } from '../../../src/core/index/indexCache';
import { LiveIndex, type Snapshot } from '../../../src/core/index/liveIndex';
import { scanNote } from '../../../src/core/parse/scan';
import { makeSettings } from '../../../src/core/settings';
import { MemoryVault } from '../../fakes/memoryVault';

const exampleDir = join(__dirname, '../../../example-vault');
const example = () => new MemoryVault(Object.fromEntries(readdirSync(exampleDir).filter((name) => name.endsWith('.md')).map((name) => [name, readFileSync(join(exampleDir, name), 'utf8')])));

async function started(vault: MemoryVault, settings = makeSettings()) {
  const index = new LiveIndex(vault, settings, { settleMs: 5, timers: nodeTimers });
  const published: Snapshot[] = [];
  index.subscribe((snapshot) => published.push(snapshot));
  await index.build();
  return { index, published };
}

const nodeTimers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>) };

const titles = (snapshot: Snapshot) => snapshot.roadmap.groups.map((g) => g.title);
const items = (snapshot: Pick<Snapshot, 'roadmap'>) => snapshot.roadmap.groups.flatMap((g) => g.items.map((i) => i.title));

describe('LiveIndex', () => {
  it('reports a note whose broken frontmatter names a roadmap tag, and no other', async () => {
    const vault = new MemoryVault({
      'broken roadmap.md': '---\ntags: [roadmap\n---\n- [ ] x\n',
      'broken other.md': '---\ntitle: [x\n---\ntext\n',
      'roadmaps everywhere.md': '---\ntitle: [roadmaps\n---\ntext\n',
      'ok.md': '#roadmap\n- [ ] y\n',
    });
    const { index } = await started(vault);
    expect(index.snapshot.errors.map((e) => e.path)).toEqual(['broken roadmap.md']);
    expect(index.snapshot.errors[0].message).toMatch(/^frontmatter is not valid YAML/);
    expect(items(index.snapshot)).toEqual(['y']);
  });

  it('starts loading, and publishes the example vault once when built', async () => {
    const vault = example();
    const index = new LiveIndex(vault, makeSettings());
    expect(index.snapshot.state).toBe('loading');
    let calls = 0;
    index.subscribe(() => calls++);
    await index.build();
    expect(calls).toBe(1);
    expect(index.snapshot.state).toBe('ready');
    expect(index.snapshot.roadmap.groups.length).toBe(14);
    expect(index.snapshot.revision).toBe(1);
  });

  it('applies a burst of changes as one update', async () => {
    const vault = example();
    const { index, published } = await started(vault);
    const path = 'long term bets.md';
    for (const n of [1, 2, 3]) {
      vault.set(path, vault.files.get(path)!.replace(/- \[x\] Contribute.*\n/, `- [x] Contribute change ${n}\n`));
      index.changed(path);
    }
    await index.settled();
    expect(published.length).toBe(2);
    expect(items(index.snapshot)).toContain('Contribute change 3');
    expect(index.snapshot.revision).toBe(2);
  });

  it('an update keeps the unchanged notes’ groups as they were and replaces the changed note’s', async () => {
    const vault = example();
    const { index } = await started(vault);
    const before = index.snapshot.roadmap;
    const path = 'long term bets.md';
    const of = (roadmap: typeof before, note: string) => roadmap.groups.filter((g) => g.path === note);
    vault.set(path, vault.files.get(path)!.replace(/- \[x\] Contribute.*\n/, '- [x] Contribute again\n'));
    index.changed(path);
    await index.settled();
    const next = index.snapshot.roadmap;
    expect(next).not.toBe(before);
    expect(of(next, 'Projects.md').length).toBeGreaterThan(0);
    // The same objects (a digest's groups are the model's): a view keyed by them keeps its DOM.
    of(next, 'Projects.md').forEach((group, i) => expect(group).toBe(of(before, 'Projects.md')[i]));
    expect(of(next, path)[0]).not.toBe(of(before, path)[0]);
    expect(items(index.snapshot)).toContain('Contribute again');
    expect(items({ roadmap: before })).not.toContain('Contribute again');
  });

  it('adds a note when it gains a roadmap tag and drops it when it loses it', async () => {
    const vault = example();
    const { index } = await started(vault);
    vault.set('new.md', '# New\n\n- [ ] fresh\n');
    index.changed('new.md');
    await index.settled();
    expect(items(index.snapshot)).not.toContain('fresh');
    vault.set('new.md', '#roadmap\n# New\n\n- [ ] fresh\n');
    index.changed('new.md');
    await index.settled();
    expect(items(index.snapshot)).toContain('fresh');
    vault.set('new.md', '# New\n\n- [ ] fresh\n');
    index.changed('new.md');
    await index.settled();
    expect(items(index.snapshot)).not.toContain('fresh');
  });

  it('reads a note once it is linked, and lets it go when the link goes', async () => {
    const vault = example();
    vault.set('Side.md', '# Side\n\n- [ ] side task\n');
    const { index } = await started(vault);
    expect(index.snapshot.roadmap.notes.map((n) => n.path)).not.toContain('Side.md');
    const projects = vault.files.get('Projects.md')!;
    vault.set('Projects.md', projects + '\n[[Side]]\n');
    index.changed('Projects.md');
    await index.settled();
    expect(items(index.snapshot)).toContain('side task');
    vault.set('Projects.md', projects);
    index.changed('Projects.md');
    await index.settled();
    expect(items(index.snapshot)).not.toContain('side task');
  });

  it('follows links two hops deep as a linked note gains and loses links, and as files come', async () => {
    const vault = new MemoryVault({ 'Plan.md': '#roadmap\n\n- [ ] plan [[A]]\n', 'A.md': '- [ ] a task [[B]]\n', 'B.md': '- [ ] b task\n' });
    const { index } = await started(vault, { ...makeSettings(), linkDepth: 2 });
    const paths = () => index.snapshot.roadmap.notes.map((n) => n.path);
    expect(paths()).toEqual(['A.md', 'B.md', 'Plan.md']);
    // A task toggled in A, its links the same: nothing else changes.
    vault.set('A.md', '- [x] a task [[B]]\n');
    index.changed('A.md');
    await index.settled();
    expect(paths()).toEqual(['A.md', 'B.md', 'Plan.md']);
    // A now links to C, which does not exist yet; then C is created.
    vault.set('A.md', '- [x] a task [[C]]\n');
    index.changed('A.md');
    await index.settled();
    expect(paths()).toEqual(['A.md', 'Plan.md']);
    expect(index.snapshot.roadmap.links.find((l) => l.from === 'A.md')).toEqual({ from: 'A.md', target: 'C', resolved: null });
    vault.set('C.md', '- [ ] c task\n');
    index.changed('C.md');
    await index.settled();
    expect(paths()).toEqual(['A.md', 'C.md', 'Plan.md']);
    expect(items(index.snapshot)).toContain('c task');
  });

  it('resolves a link to a note created while the vault was being listed', async () => {
    const files: Record<string, string> = { 'Plan.md': '#roadmap\n\n- [ ] plan [[Fresh]]\n' };
    for (let i = 0; i < 100_000; i++) files[`n/${i}.md`] = 'x\n';
    const vault = new MemoryVault(files);
    let created = false;
    const index = new LiveIndex(vault, { ...makeSettings(), linkDepth: 1 }, {
      // Time passes at every turn, and at the first one a note is created.
      yieldNow: async () => {
        await new Promise((r) => setTimeout(r, 11));
        if (created) return;
        created = true;
        vault.set('Fresh.md', '- [ ] fresh task\n');
        index.changed('Fresh.md');
      },
    });
    await index.build();
    await index.settled();
    expect(created).toBe(true);
    expect(index.snapshot.roadmap.links).toEqual([{ from: 'Plan.md', target: 'Fresh', resolved: 'Fresh.md' }]);
    expect(items(index.snapshot)).toContain('fresh task');
  });

  it('follows deletes and renames, and resolves links by the new name', async () => {
    const vault = example();
    const { index } = await started(vault);
    vault.rename('long term bets.md', 'Bets/long term bets.md');
    index.renamed('long term bets.md', 'Bets/long term bets.md');
    await index.settled();
    expect(index.snapshot.roadmap.notes.map((n) => n.path)).toEqual(['2026 Systems Engineering Roadmap.md', 'Bets/long term bets.md', 'Projects.md']);
    expect(index.snapshot.roadmap.links.find((l) => l.target === 'long term bets')?.resolved).toBe('Bets/long term bets.md');
    vault.delete('Bets/long term bets.md');
    index.deleted('Bets/long term bets.md');
    await index.settled();
    expect(titles(index.snapshot)).not.toContain('Systems depth');
    expect(index.snapshot.roadmap.links.find((l) => l.target === 'long term bets')?.resolved).toBeNull();
  });

  it('keeps the last data of a note that fails to read, and names it', async () => {
    const vault = example();
    const { index } = await started(vault);
    vault.failing.add('Projects.md');
    index.changed('Projects.md');
    await index.settled();
    expect(titles(index.snapshot)).toContain('ML Infra / AI Infra');
    expect(index.snapshot.errors).toEqual([{ path: 'Projects.md', message: 'cannot read Projects.md' }]);
    vault.failing.delete('Projects.md');
    index.changed('Projects.md');
    await index.settled();
    expect(index.snapshot.errors).toEqual([]);
  });

  it('reads no note the metadata cache already rules out', async () => {
    const vault = example();
    for (let i = 0; i < 20; i++) vault.set(`plain ${i}.md`, `just text ${i}\n`);
    const index = new LiveIndex(vault, makeSettings(), { knownScan: (path) => scanNote(vault.files.get(path) ?? '') });
    await index.build();
    expect([...new Set(vault.reads)].sort()).toEqual(['2026 Systems Engineering Roadmap.md', 'Projects.md', 'long term bets.md']);
    expect(index.snapshot.roadmap.groups.length).toBe(14);
  });

  it('yields between notes', async () => {
    const vault = example();
    let yields = 0;
    const index = new LiveIndex(vault, makeSettings(), { yieldNow: async () => void yields++ });
    await index.build();
    // One turn after each note parsed (three here), more only if a stretch runs long.
    expect(yields).toBeGreaterThanOrEqual(3);
    expect(yields).toBeLessThan(10);
  });

  it('settles a burst on a microtask when it has no timers', async () => {
    const vault = example();
    const index = new LiveIndex(vault, makeSettings());
    await index.build();
    vault.set('Projects.md', vault.files.get('Projects.md')!.replace('Kubernetes', 'K8s'));
    index.changed('Projects.md');
    index.changed('Projects.md');
    await index.settled();
    expect(items(index.snapshot)).toContain('K8s');
    expect(index.snapshot.revision).toBe(2);
  });

  it('publishes nothing after dispose and leaves no timer', async () => {
    const vault = example();
    const { index, published } = await started(vault);
    index.changed('Projects.md');
    index.dispose();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(published.length).toBe(1);
    await index.settled();
  });

  it('rebuilds with new settings', async () => {
    const vault = example();
    const { index } = await started(vault);
    await index.updateSettings(makeSettings({ roadmapTags: ['roadmap'] }));
    expect(index.snapshot.roadmap.notes.map((n) => n.path)).toEqual(['2026 Systems Engineering Roadmap.md']);
  });

  it('settings changed in quick succession: a newer build supersedes the older, which publishes nothing and reads nothing more', async () => {
    const vault = example();
    const { index, published } = await started(vault);
    const count = published.length;
    let reads = 0;
    const read = vault.read.bind(vault);
    vault.read = (path: string) => (reads++, read(path));
    const first = index.updateSettings(makeSettings({ roadmapTags: ['projects'] }));
    const second = index.updateSettings(makeSettings({ roadmapTags: ['roadmap'] }));
    await Promise.all([first, second]);
    expect(published.length - count).toBe(1);
    expect(index.snapshot.roadmap.notes.map((n) => n.path)).toEqual(['2026 Systems Engineering Roadmap.md']);
    // One build's reads: every note once, and the linked one.
    const once = reads;
    reads = 0;
    await index.updateSettings(makeSettings({ roadmapTags: ['roadmap'] }));
    expect(once).toBe(reads);
  });
});

describe('LiveIndex with a persistent cache', () => {
  const memoryCache = () => {
    let stored: unknown = null;
    return { cache: { load: async () => stored, save: async (data: unknown) => void (stored = structuredClone(data)) }, set: (v: unknown) => (stored = v), get: () => stored };
  };

  it('a warm start reads no unchanged note and gives the same model', async () => {
    const vault = example();
    const { cache } = memoryCache();
    const cold = new LiveIndex(vault, makeSettings(), { cache });
    await cold.build();
    await cold.saveCache();
    vault.reads.length = 0;
    const warm = new LiveIndex(vault, makeSettings(), { cache });
    await warm.build();
    expect(vault.reads).toEqual([]);
    expect(warm.snapshot.roadmap).toEqual(cold.snapshot.roadmap);
  });

  it('reads again a note changed since the cache was saved', async () => {
    const vault = example();
    const { cache } = memoryCache();
    const first = new LiveIndex(vault, makeSettings(), { cache });
    await first.build();
    await first.saveCache();
    vault.set('long term bets.md', vault.files.get('long term bets.md')!.replace('Compaction', 'Compaction and GC'));
    vault.reads.length = 0;
    const next = new LiveIndex(vault, makeSettings(), { cache });
    await next.build();
    expect(vault.reads).toEqual(['long term bets.md']);
    expect(items(next.snapshot).length).toBe(items(first.snapshot).length);
    expect(next.snapshot.roadmap.groups.flatMap((g) => g.items.flatMap((i) => i.tasks.map((t) => t.text)))).toContain('Compaction and GC');
  });

  it('never saves a note with a stat newer than the text it read', async () => {
    const vault = example();
    const { cache } = memoryCache();
    const index = new LiveIndex(vault, makeSettings(), { cache, timers: { setTimeout: () => 1, clearTimeout: () => undefined } });
    await index.build();
    // Changed on disk, the change heard but not yet applied: the cache must not pair the
    // new stat with the old digest.
    vault.set('long term bets.md', vault.files.get('long term bets.md')!.replace('Compaction', 'Compaction and GC'));
    index.changed('long term bets.md');
    await index.saveCache();
    vault.reads.length = 0;
    const next = new LiveIndex(vault, makeSettings(), { cache });
    await next.build();
    expect(vault.reads).toEqual(['long term bets.md']);
    expect(next.snapshot.roadmap.groups.flatMap((g) => g.items.flatMap((i) => i.tasks.map((t) => t.text)))).toContain('Compaction and GC');
    // Once applied, the note's fresh stat is taken before its text is read, and saved.
    await index.settled();
    await index.saveCache();
    vault.reads.length = 0;
    await new LiveIndex(vault, makeSettings(), { cache }).build();
    expect(vault.reads).toEqual([]);
  });

  it('a missing, corrupt, older or failing cache means a full index, nothing dropped', async () => {
    const vault = example();
    const full = new LiveIndex(vault, makeSettings());
    await full.build();
    const broken: unknown[] = [
      null,
      'not json at all',
      { version: 'roadmap-index-1', notes: {} },
      { version: 'roadmap-index-2', notes: {} },
      { version: CACHE_VERSION, words: '{}', notes: { 'Projects.md': { mtime: 'x' } } },
      { version: CACHE_VERSION, words: '{}', notes: { 'Projects.md': { mtime: 1, size: 2, scan: { tags: [], roadmapFlag: false, frontmatterError: null }, digest: { path: 'Other.md' } } } },
    ];
    // An entry damaged deep inside (a task without its text), with this file's very stat.
    const good = memoryCache();
    const first = new LiveIndex(vault, makeSettings(), { cache: good.cache });
    await first.build();
    await first.saveCache();
    type Entries = { notes: Record<string, { digest: { groups: { items: { state: unknown; tasks: { text: unknown }[] }[] }[] | string } }> };
    const damage = (change: (digest: Entries['notes'][string]['digest']) => void) => {
      const data = structuredClone(good.get()) as Entries;
      change(data.notes['Projects.md'].digest);
      return data;
    };
    const withTasks = (digest: Entries['notes'][string]['digest']) => (digest.groups as Exclude<typeof digest.groups, string>).flatMap((g) => g.items).find((item) => item.tasks.length)!;
    // A task whose text is not text; an item whose state is not a state; groups that are not a list.
    broken.push(damage((digest) => (withTasks(digest).tasks[0].text = 7)));
    broken.push(damage((digest) => (withTasks(digest).state = 'later')));
    broken.push(damage((digest) => (digest.groups = '[]')));
    // A cache built with other column words: every note is read again.
    const otherWords = memoryCache();
    otherWords.set({ ...(good.get() as object), words: JSON.stringify({ item: ['thing'] }) });
    vault.reads.length = 0;
    await new LiveIndex(vault, makeSettings(), { cache: otherWords.cache }).build();
    expect(vault.reads).toContain('Projects.md');
    for (const data of broken) {
      const { cache, set } = memoryCache();
      set(data);
      vault.reads.length = 0;
      const index = new LiveIndex(vault, makeSettings(), { cache });
      await index.build();
      expect(vault.reads).toContain('Projects.md');
      expect(index.snapshot.roadmap).toEqual(full.snapshot.roadmap);
    }
    const failing = new LiveIndex(vault, makeSettings(), { cache: { load: () => Promise.reject(new Error('disk gone')), save: () => Promise.reject(new Error('disk gone')) } });
    await failing.build();
    await failing.saveCache();
    expect(failing.snapshot.roadmap).toEqual(full.snapshot.roadmap);
  });

  it('parses a long note in pieces, with a turn of the event loop between them', async () => {
    const long = `#roadmap\n\n${Array.from({ length: 60 }, (_, i) => `## Part ${i}\n\n${'- [ ] a task with some words in it\n'.repeat(8)}`).join('\n')}`;
    const vault = new MemoryVault({ 'long.md': long });
    let turns = 0;
    const index = new LiveIndex(vault, makeSettings(), { yieldNow: async () => void turns++ });
    await index.build();
    expect(turns).toBeGreaterThan(2);
    expect(index.snapshot.roadmap.groups).toHaveLength(60);
  });
});
