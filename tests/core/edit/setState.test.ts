import { describe, expect, it } from 'vitest';
import { setItemState, statusWord } from '../../../src/core/edit/setState';
import { indexVault } from '../../../src/core/index/indexVault';
import type { Item, State } from '../../../src/core/model/types';
import { makeSettings } from '../../../src/core/settings';
import { MemoryVault } from '../../fakes/memoryVault';
import { diffRange } from '../../helpers/notes';

const note = [
  '---',
  'tags: [roadmap]',
  '---',
  '| Done | Project | Status | Tasks |',
  '| ---- | ------- | ------ | ----- |',
  '| <input type="checkbox" unchecked id="aaaaaa"> | Alpha | Queued | <input type="checkbox" checked id="a1a1a1"> one |',
  '| <input type="checkbox" unchecked id="bbbbbb"> | Beta  |        | |',
  '| | Gamma | Done   | |',
  '',
  '## Plain',
  '- [ ] Delta',
  '- [x] Epsilon',
  '- [ ] Zeta',
  '  - [x] zeta task',
  '',
].join('\n');

async function itemsOf(text: string): Promise<Map<string, Item>> {
  const { roadmap } = await indexVault(new MemoryVault({ 'r.md': text }), makeSettings());
  return new Map(roadmap.groups.flatMap((g) => g.items).map((item) => [item.title, item]));
}

async function move(title: string, state: State, text = note) {
  const item = (await itemsOf(text)).get(title)!;
  const result = setItemState(text, item, state);
  if (!result.ok) return { refused: result.reason };
  const after = (await itemsOf(result.text)).get(title)!;
  return { text: result.text, changes: result.changes, state: after.state, line: result.text.split('\n')[item.line - 1] };
}

describe('setItemState', () => {
  it('checks the box and writes the status word, as one change set on one line', async () => {
    const moved = await move('Alpha', 'done');
    expect(moved.line).toBe('| <input type="checkbox" checked id="aaaaaa"> | Alpha | Done   | <input type="checkbox" checked id="a1a1a1"> one |');
    expect(moved.state).toBe('done');
    expect(moved.changes).toHaveLength(2);
  });

  it('uses the word the column already uses for the state', async () => {
    // "Done" is Gamma's word; "Queued" is the column's word for To do.
    const doing = await move('Beta', 'doing');
    expect(doing.line).toBe('| <input type="checkbox" unchecked id="bbbbbb"> | Beta  | In progress | |');
    expect(doing.state).toBe('doing');
    const back = await move('Beta', 'todo', doing.text);
    expect(back.line).toBe('| <input type="checkbox" unchecked id="bbbbbb"> | Beta  | Queued      | |');
    expect(back.state).toBe('todo');
  });

  it('writes only the Status cell of a row without a checkbox', async () => {
    const moved = await move('Gamma', 'doing');
    expect(moved.line).toBe('| | Gamma | In progress | |');
    expect(moved.state).toBe('doing');
    const [from, toA] = diffRange(note, moved.text!)!;
    expect(note.slice(0, from)).toBe(moved.text!.slice(0, from));
    expect(note.slice(from, toA)).toBe('Done  ');
  });

  it('toggles a list item between To do and Done', async () => {
    const done = await move('Delta', 'done');
    expect(done.line).toBe('- [x] Delta');
    expect(done.state).toBe('done');
    const todo = await move('Epsilon', 'todo');
    expect(todo.line).toBe('- [ ] Epsilon');
  });

  it('refuses what the note cannot express, and says why', async () => {
    expect((await move('Delta', 'doing')).refused).toMatch(/no Status column, so it can only be To do or Done/);
    expect((await move('Zeta', 'todo')).refused).toMatch(/has tasks done, so it reads as Doing/);
    // Zeta's tasks are partly done: unchecked is already Doing.
    expect((await move('Zeta', 'doing')).changes).toEqual([]);
  });

  it('changes nothing when the item is already in the state', async () => {
    const moved = await move('Gamma', 'done');
    expect(moved.changes).toEqual([]);
    expect(moved.text).toBe(note);
  });

  it('refuses when its checkbox is gone, or a row without one is no longer at its line', async () => {
    const items = await itemsOf(note);
    const noBox = setItemState(note.replace('<input type="checkbox" unchecked id="aaaaaa">', ''), items.get('Alpha')!, 'done');
    expect(noBox.ok || noBox.reason).toMatch(/no longer in the note/);
    const shifted = note.replace('| Beta  |', '| Inserted | | | |\n| <input type="checkbox" unchecked id="cccccc"> | Beta  |');
    const moved = setItemState(shifted, items.get('Gamma')!, 'doing');
    expect(moved.ok || moved.reason).toBe('line 8 of r.md is no longer "Gamma" (the note changed)');
  });
});

describe('statusWord', () => {
  it('picks the most used word for the state, else a default', () => {
    expect(statusWord('doing', ['WIP', 'Active', 'Active', 'Done'])).toBe('Active');
    expect(statusWord('done', ['WIP'])).toBe('Done');
    expect(statusWord('todo', ['Done', 'Reference', 'Queued', 'Queued'])).toBe('Queued');
  });
});
