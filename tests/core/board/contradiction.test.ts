import { describe, expect, it } from 'vitest';
import { contradictionOf } from '../../../src/core/board/contradiction';
import { setItemState } from '../../../src/core/edit/setState';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { indexVault } from '../../../src/core/index/indexVault';
import type { Item } from '../../../src/core/model/types';
import { makeSettings } from '../../../src/core/settings';
import { MemoryVault } from '../../fakes/memoryVault';
import { BARE, RULES } from '../../helpers/rules';

// Each row as a hand edit in the editor can leave it; the board's own writes never do.
const note = [
  '---',
  'tags: [roadmap]',
  '---',
  '| Done | Project | Status | Tasks |',
  '| ---- | ------- | ------ | ----- |',
  '| <input type="checkbox" checked id="aaaaaa"> | Ticked doing | Doing | |',
  '| <input type="checkbox" unchecked id="bbbbbb"> | Unticked done | Done | |',
  '| <input type="checkbox" checked id="cccccc"> | Ticked open | | <input type="checkbox" checked id="c1c1c1"> one <input type="checkbox" unchecked id="c2c2c2"> two |',
  '| <input type="checkbox" checked id="dddddd"> | Agreeing | Done | |',
  '| <input type="checkbox" unchecked id="eeeeee"> | Reference | Queued | |',
  '| | No box | Done | |',
  '',
].join('\n');

async function items(text: string): Promise<Map<string, Item>> {
  const { roadmap } = await indexVault(new MemoryVault({ 'r.md': text }), makeSettings());
  return new Map(roadmap.groups.flatMap((g) => g.items).map((i) => [i.title, i]));
}

describe('contradictionOf', () => {
  it('names a checkbox that disagrees with its Status cell or its open tasks, and nothing else', async () => {
    const all = await items(note);
    expect(contradictionOf(all.get('Ticked doing')!)).toMatchObject({ message: 'Ticked, but its Status says Doing', fix: { kind: 'state', state: 'done' } });
    expect(contradictionOf(all.get('Unticked done')!)).toMatchObject({ message: 'Its Status says Done, but it is not ticked', fixLabel: 'Set Status to To do', fix: { kind: 'state', state: 'todo' } });
    expect(contradictionOf(all.get('Ticked open')!)).toMatchObject({ message: 'Ticked, but 1 of its 2 tasks is open', fix: { kind: 'uncheck' } });
    for (const fine of ['Agreeing', 'Reference', 'No box']) expect(contradictionOf(all.get(fine)!), fine).toBeNull();
  });

  it('its fix, written with the core edits, leaves a card with nothing to say', async () => {
    for (const title of ['Ticked doing', 'Unticked done', 'Ticked open']) {
      const item = (await items(note)).get(title)!;
      const found = contradictionOf(item)!;
      const result = found.fix.kind === 'state' ? setItemState(note, item, found.fix.state, RULES) : toggleCheckbox(note, item.ref!, false, BARE);
      expect(result.ok, title).toBe(true);
      if (!result.ok) continue;
      expect(result.changes.length, title).toBeGreaterThan(0);
      expect(contradictionOf((await items(result.text)).get(title)!), title).toBeNull();
    }
  });
});

describe('contradictionOf on model items', () => {
  const base = { done: true as boolean | null, status: null as string | null, progress: { done: 0, total: 0 }, fields: {} as Record<string, string> };
  it('reads the Status only from a cell, and never a cancelled one', () => {
    expect(contradictionOf({ ...base, status: 'Doing', fields: { Status: ' Doing ' } })).toEqual({ message: 'Ticked, but its Status says Doing', fixLabel: 'Set Status to Done', fix: { kind: 'state', state: 'done' } });
    // A status from an inline field (`[status:: Doing]`) is the item's own text: no cell to disagree.
    expect(contradictionOf({ ...base, status: 'Doing' })).toBeNull();
    expect(contradictionOf({ ...base, status: 'Doing', fields: { Notes: 'Doing well' } })).toBeNull();
    expect(contradictionOf({ ...base, status: 'Cancelled', fields: { Status: 'Cancelled' } })).toBeNull();
    expect(contradictionOf({ ...base, status: 'Queued', fields: { Status: 'Queued' } })).toBeNull();
    expect(contradictionOf({ ...base, done: null, status: 'Done', fields: { Status: 'Done' } })).toBeNull();
  });

  it('an unticked item whose Status says Done: the fix says To do, or Doing when tasks are done', () => {
    const unticked = { ...base, done: false, status: 'Done', fields: { Status: 'Done' } };
    expect(contradictionOf(unticked)).toEqual({ message: 'Its Status says Done, but it is not ticked', fixLabel: 'Set Status to To do', fix: { kind: 'state', state: 'todo' } });
    expect(contradictionOf({ ...unticked, progress: { done: 1, total: 2 } })).toEqual({ message: 'Its Status says Done, but it is not ticked', fixLabel: 'Set Status to Doing', fix: { kind: 'state', state: 'doing' } });
    expect(contradictionOf({ ...unticked, status: 'Doing', fields: { Status: 'Doing' } })).toBeNull();
  });

  it('a ticked item with open tasks, counted', () => {
    expect(contradictionOf({ ...base, progress: { done: 1, total: 3 } })).toEqual({ message: 'Ticked, but 2 of its 3 tasks are open', fixLabel: 'Untick', fix: { kind: 'uncheck' } });
    expect(contradictionOf({ ...base, progress: { done: 3, total: 3 } })).toBeNull();
    expect(contradictionOf({ ...base, done: false, progress: { done: 0, total: 3 } })).toBeNull();
  });
});
