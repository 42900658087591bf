// The index's small parts, each on its own: the pacer that gives the event loop its
// turns, a note read a piece at a time (and one too long to read), the notes linked from
// the roadmap notes hop by hop, and the cache's entries saved and loaded.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheData, loadEntries, saveEntries } from '../../../src/core/index/cacheIO';
import { CACHE_VERSION } from '../../../src/core/index/indexCache';
import { linkClosure } from '../../../src/core/index/linkClosure';
import { NoteFacts } from '../../../src/core/index/noteFacts';
import { Pacer } from '../../../src/core/index/pacer';
import { MAX_NOTE_CHARS, readNoteDigest } from '../../../src/core/index/readNote';
import { roleWords } from '../../../src/core/model/columns';
import { digestOf, type NoteDigest } from '../../../src/core/model/digest';
import { LinkResolver } from '../../../src/core/model/resolve';
import { DEFAULT_STATUSES } from '../../../src/core/model/statuses';
import { extractNote } from '../../../src/core/parse/extract';
import { scanNote } from '../../../src/core/parse/scan';

afterEach(() => vi.useRealTimers());

describe('Pacer', () => {
  it('a turn is due once a stretch has run 10 ms, never without a way to yield', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    const turns: number[] = [];
    const pacer = new Pacer(async () => void turns.push(Date.now()));
    pacer.restart();
    vi.setSystemTime(1_000_009);
    expect(pacer.due()).toBe(false);
    await pacer.turn();
    expect(turns).toEqual([]);
    vi.setSystemTime(1_000_010);
    expect(pacer.due()).toBe(true);
    await pacer.turn();
    expect(turns).toEqual([1_000_010]);
    // The turn begins a new stretch.
    expect(pacer.due()).toBe(false);
    vi.setSystemTime(1_000_030);
    const never = new Pacer();
    expect(never.due()).toBe(false);
    await never.turn();
  });
});

describe('readNoteDigest', () => {
  it('pauses between the pieces of a long note, and gives the same digest as reading it at once', async () => {
    const text = `#roadmap\n\n${Array.from({ length: 120 }, (_, i) => `## Part ${i}\n\n- [ ] task ${i} with **bold** and [[Link ${i}]]\n\n${'words '.repeat(60)}\n`).join('\n')}`;
    let pauses = 0;
    const read = await readNoteDigest('Long.md', text, scanNote(text), roleWords(), DEFAULT_STATUSES, async () => void pauses++);
    expect(pauses).toBeGreaterThan(1);
    expect(read).toEqual({ digest: digestOf(extractNote('Long.md', text), roleWords(), DEFAULT_STATUSES) });
  });

  it('a note over two million characters is named, not parsed', async () => {
    const text = `#roadmap\n${'x'.repeat(MAX_NOTE_CHARS)}`;
    expect(await readNoteDigest('Huge.md', text, scanNote('#roadmap\n'), roleWords(), DEFAULT_STATUSES)).toEqual({ refused: '2.0 million characters; notes over 2 million are not read' });
    const edge = 'y'.repeat(MAX_NOTE_CHARS);
    expect('digest' in (await readNoteDigest('Edge.md', edge, scanNote(edge), roleWords(), DEFAULT_STATUSES))).toBe(true);
  });
});

describe('linkClosure', () => {
  const digest = (path: string, text: string): NoteDigest => digestOf(extractNote(path, text), roleWords(), DEFAULT_STATUSES);
  const digests = new Map<string, NoteDigest>([
    ['Plan.md', digest('Plan.md', '#roadmap\n\n[[One]] [[Image.png]] [[Missing]]\n')],
    ['One.md', digest('One.md', '[[Two]] [[Plan]]\n')],
    ['Two.md', digest('Two.md', '[[Three]]\n')],
    ['Three.md', digest('Three.md', 'end\n')],
    ['Image.png', digest('Image.png', '')],
  ]);
  const resolver = new LinkResolver(digests.keys());

  it('follows links hop by hop to the depth asked, notes only, each once, with a turn after each note', async () => {
    let turns = 0;
    const turn = async () => void turns++;
    expect([...(await linkClosure(['Plan.md'], digests, resolver, 0, turn))]).toEqual(['Plan.md']);
    expect(turns).toBe(0);
    expect([...(await linkClosure(['Plan.md'], digests, resolver, 1, turn))]).toEqual(['Plan.md', 'One.md']);
    expect(turns).toBe(1);
    expect([...(await linkClosure(['Plan.md'], digests, resolver, 2, turn))]).toEqual(['Plan.md', 'One.md', 'Two.md']);
    expect([...(await linkClosure(['Plan.md'], digests, resolver, 5, turn))]).toEqual(['Plan.md', 'One.md', 'Two.md', 'Three.md']);
    // A root not read yet has no links to follow.
    expect([...(await linkClosure(['Unread.md'], digests, resolver, 3, turn))]).toEqual(['Unread.md']);
  });
});

describe('the cache entries', () => {
  it('saved: every note with a scan and a stat, its digest or null; loaded back through the same checks', async () => {
    const facts = new NoteFacts();
    const plan = '#roadmap\n\n- [ ] Ship\n';
    facts.set('Plan.md', scanNote(plan), { mtime: 5, size: plan.length });
    facts.set('Plain.md', scanNote('abc'), { mtime: 6, size: 3 });
    // Changed since it was read: its stat is unknown until it is read again.
    facts.set('Changed.md', scanNote('x'), null);
    const digests = new Map([['Plan.md', digestOf(extractNote('Plan.md', plan), roleWords(), DEFAULT_STATUSES)]]);
    const data = cacheData(facts, digests, 'words');
    expect(data.version).toBe(CACHE_VERSION);
    expect(data.words).toBe('words');
    expect(Object.keys(data.notes).sort()).toEqual(['Plain.md', 'Plan.md']);
    expect(data.notes['Plan.md']).toEqual({ mtime: 5, size: plan.length, scan: { ...scanNote(plan), frontmatterError: null }, digest: digests.get('Plan.md') });
    expect(data.notes['Plain.md'].digest).toBeNull();

    let stored: unknown = null;
    await saveEntries({ load: async () => stored, save: async (d) => void (stored = structuredClone(d)) }, data);
    expect([...(await loadEntries({ load: async () => stored, save: async () => undefined }, 'words')).keys()].sort()).toEqual(['Plain.md', 'Plan.md']);
    expect((await loadEntries({ load: async () => stored, save: async () => undefined }, 'other')).size).toBe(0);
    expect((await loadEntries(undefined, 'words')).size).toBe(0);
    expect((await loadEntries({ load: () => Promise.reject(new Error('broken store')), save: async () => undefined }, 'words')).size).toBe(0);
    // A store that cannot be written costs nothing but speed.
    await expect(saveEntries({ load: async () => null, save: () => Promise.reject(new Error('full')) }, data)).resolves.toBeUndefined();
  });
});
