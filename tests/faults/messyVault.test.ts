// Issue 18: real notes read in full, over a generated vault of messy notes.
import { describe, expect, it } from 'vitest';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import { LiveIndex } from '../../src/core/index/liveIndex';
import { refOf } from '../../src/core/model/ref';
import type { Item, Task } from '../../src/core/model/types';
import { checkboxesOf } from '../../src/core/parse/checkboxesOf';
import { extractNote } from '../../src/core/parse/extract';
import { makeSettings } from '../../src/core/settings';
import { MemoryVault } from '../fakes/memoryVault';
import { diffRange } from '../helpers/notes';
import { messyVault } from '../helpers/messyVault';
import { BARE } from '../helpers/rules';

const refsOfItem = (item: Item): string[] => [...(item.ref ? [item.ref] : []), ...item.tasks.flatMap(function refs(task: Task): string[] {
  return [task.ref, ...task.tasks.flatMap(refs)];
})];
const titlesOf = (item: Item): string[] => [item.title, ...item.tasks.flatMap(function texts(task: Task): string[] {
  return [task.text, ...task.tasks.flatMap(texts)];
})];

// Issue 18, "done when": over 2,000 generated messy notes, every checkbox Obsidian would
// render is in the model exactly once and none is invented; long lists and tables are
// read whole; titles hold no metadata; every checkbox toggles on its own line, and
// twice gives the identical file.
describe('a generated vault of 2,000 messy notes', () => {
  const notes = [...messyVault(2000, 18)];

  it('every rendered checkbox is in the model once, none invented; long parts whole; titles clean', { timeout: 120_000 }, async () => {
    const index = new LiveIndex(new MemoryVault(Object.fromEntries(notes.map((n) => [n.path, n.text]))), makeSettings());
    await index.build();
    const { roadmap, errors } = index.snapshot;
    expect(errors).toEqual([]);
    const byPath = new Map<string, Item[]>();
    for (const group of roadmap.groups) byPath.set(group.path, [...(byPath.get(group.path) ?? []), ...group.items]);
    for (const note of notes) {
      const items = byPath.get(note.path) ?? [];
      const refs = items.flatMap(refsOfItem);
      expect(refs.length, note.path).toBe(note.checkboxes);
      expect(new Set(refs).size, note.path).toBe(refs.length);
      // Every expected title is there (item rows also carry their own title).
      const shown = new Set(items.flatMap(titlesOf));
      for (const title of note.titles) expect(shown.has(title), `${note.path}: "${title}"`).toBe(true);
      for (const title of shown) expect(title, note.path).not.toMatch(/📅|🛫|✅|🔁|🆔|⛔|🔼|⏫|\[due::|\^block1/);
    }
    expect(notes.filter((n) => n.checkboxes >= 1000).length).toBeGreaterThanOrEqual(8);
    index.dispose();
  });

  it('every checkbox toggles on its own line, and twice gives the identical file', { timeout: 120_000 }, () => {
    // Every checkbox of one note in ten (the long ones included), one in each other note.
    for (const [i, note] of notes.entries()) {
      const boxes = checkboxesOf(extractNote(note.path, note.text));
      const chosen = i % 10 === 0 ? boxes.filter((_, b) => b % (boxes.length > 100 ? 97 : 1) === 0) : boxes.slice(i % boxes.length, (i % boxes.length) + 1);
      for (const box of chosen) {
        const ref = refOf(note.path, box);
        const once = toggleCheckbox(note.text, ref, undefined, BARE);
        expect(once.ok, `${note.path}:${box.line}`).toBe(true);
        if (!once.ok) continue;
        const [start, end] = diffRange(note.text, once.text)!;
        expect(start).toBeGreaterThanOrEqual(box.start);
        expect(end).toBeLessThanOrEqual(box.end);
        if (box.kind === 'gfm' && box.status !== ' ' && box.status !== 'x') continue;
        // The same ref finds its checkbox again in the changed text (SPEC §2: refs outlive edits).
        const twice = toggleCheckbox(once.text, ref, undefined, BARE);
        expect(twice.ok && twice.text, `${note.path}:${box.line}`).toBe(note.text);
      }
    }
  });
});
