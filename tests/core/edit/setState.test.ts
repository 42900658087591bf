import { describe, expect, it } from 'vitest';
import { setItemState, columnWord } from '../../../src/core/edit/setState';
import { indexVault } from '../../../src/core/index/indexVault';
import type { Item, State } from '../../../src/core/model/types';
import { makeSettings } from '../../../src/core/settings';
import { MemoryVault } from '../../fakes/memoryVault';
import { diffRange } from '../../helpers/notes';
import { RULES, rulesWith } from '../../helpers/rules';

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
  const result = setItemState(text, item, state, RULES);
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
    expect((await move('Zeta', 'todo')).refused).toMatch(/has tasks done, so it reads as Doing/);
    expect((await move('Beta', 'cancelled', note.replace('| Status |', '| Owner  |'))).refused).toBe('"Beta" can only be To do or Done: add a Status column to its table to say Cancelled');
    const html = '#roadmap\n\n- <input type="checkbox" id="h1h1h1"> Eta\n';
    expect((await move('Eta', 'doing', html)).refused).toBe('"Eta" has an HTML checkbox, which is only checked or not: use a task marker ([/] or [-]) to say Doing');
    expect((await move('Eta', 'done', html)).line).toBe('- <input checked type="checkbox" id="h1h1h1"> Eta');
  });

  it('sets the task marker of a list item for each state: [/] doing, [-] cancelled', async () => {
    expect(await move('Delta', 'doing')).toMatchObject({ line: '- [/] Delta', state: 'doing' });
    expect(await move('Delta', 'cancelled')).toMatchObject({ line: '- [-] Delta', state: 'cancelled' });
    const doing = await move('Delta', 'doing');
    expect(await move('Delta', 'todo', doing.text)).toMatchObject({ line: '- [ ] Delta', state: 'todo' });
  });

  it('gives a list item without a checkbox the smallest task marker; To do it already is', async () => {
    const plain = '#roadmap\n\n## Ideas\n\n- Foo\n* Bar\n3. Baz\n';
    expect(await move('Foo', 'done', plain)).toMatchObject({ line: '- [x] Foo', state: 'done' });
    expect(await move('Bar', 'doing', plain)).toMatchObject({ line: '* [/] Bar', state: 'doing' });
    expect(await move('Baz', 'cancelled', plain)).toMatchObject({ line: '3. [-] Baz', state: 'cancelled' });
    expect((await move('Foo', 'todo', plain)).changes).toEqual([]);
  });

  it('gives a row with neither checkbox nor Status cell a Table Checkboxes checkbox for Done', async () => {
    const ids = () => 'c0ffee';
    const withCheck = '#roadmap\n\n| Checklist                                   | Milestone |\n| ------------------------------------------- | --------- |\n|                                             | API freeze |\n';
    const items = await itemsOf(withCheck);
    const done = setItemState(withCheck, items.get('API freeze')!, 'done', rulesWith({ ...{ nextId: ids } }));
    // The check column's padding is used up: the table stays aligned.
    expect(done.ok && done.text.split('\n')[4]).toBe('| <input type="checkbox" checked id="c0ffee"> | API freeze |');
    const noCheck = '#roadmap\n\n| Milestone | Owner |\n| --- | --- |\n| API freeze | me |\n';
    const moved = setItemState(noCheck, (await itemsOf(noCheck)).get('API freeze')!, 'done', rulesWith({ ...{ nextId: ids } }));
    expect(moved.ok && moved.text.split('\n')[4]).toBe('| <input type="checkbox" checked id="c0ffee"> API freeze | me |');
    expect((await itemsOf(moved.ok ? moved.text : '')).get('API freeze')!.state).toBe('done');
    expect(setItemState(noCheck, (await itemsOf(noCheck)).get('API freeze')!, 'doing', RULES)).toEqual({ ok: false, reason: '"API freeze" can only be To do or Done: add a Status column to its table to say Doing' });
  });

  it('changes nothing when the item is already in the state', async () => {
    const moved = await move('Gamma', 'done');
    expect(moved.changes).toEqual([]);
    expect(moved.text).toBe(note);
  });

  it('refuses when its checkbox is gone, or a row without one is no longer at its line', async () => {
    const items = await itemsOf(note);
    const noBox = setItemState(note.replace('<input type="checkbox" unchecked id="aaaaaa">', ''), items.get('Alpha')!, 'done', RULES);
    expect(noBox.ok || noBox.reason).toMatch(/no longer in the note/);
    const shifted = note.replace('| Beta  |', '| Inserted | | | |\n| <input type="checkbox" unchecked id="cccccc"> | Beta  |');
    const moved = setItemState(shifted, items.get('Gamma')!, 'doing', RULES);
    expect(moved.ok || moved.reason).toBe('line 8 of r.md is no longer "Gamma" (the note changed)');
  });
});

describe('setItemState: Doing from tasks partly done', () => {
  it('a checked row without a Status cell, with a task done, moves to Doing by unchecking', async () => {
    const row = '#roadmap\n\n| Done | Project |\n| --- | --- |\n| <input type="checkbox" checked id="aaaaaa"> | Alpha<br><input type="checkbox" checked id="a1a1a1"> one<br><input type="checkbox" unchecked id="a2a2a2"> two |\n';
    const item = (await itemsOf(row)).get('Alpha')!;
    const moved = setItemState(row, item, 'doing', RULES);
    expect(moved.ok && moved.text).toBe(row.replace('checked id="aaaaaa"', 'unchecked id="aaaaaa"'));
    expect((await itemsOf(moved.ok ? moved.text : '')).get('Alpha')!.state).toBe('doing');
  });
});

describe('setItemState and the done date', () => {
  it('a list item moved to Done in a note with Tasks dates is stamped; moved away, the stamp goes', async () => {
    const tasks = '#roadmap\n\n## Sprint\n- [ ] Ship 📅 2026-12-01 ^a1\n- Plan\n- [x] Old ✅ 2026-11-01\n';
    const items = await itemsOf(tasks);
    const options = { doneDate: { today: '2026-11-23', always: false } };
    const shipped = setItemState(tasks, items.get('Ship')!, 'done', rulesWith({ ...options }));
    expect(shipped.ok && shipped.text.split('\n')[3]).toBe('- [x] Ship 📅 2026-12-01 ✅ 2026-11-23 ^a1');
    const planned = setItemState(tasks, items.get('Plan')!, 'done', rulesWith({ ...options }));
    expect(planned.ok && planned.text.split('\n')[4]).toBe('- [x] Plan ✅ 2026-11-23');
    const reopened = setItemState(tasks, items.get('Old')!, 'doing', rulesWith({ ...options }));
    expect(reopened.ok && reopened.text.split('\n')[5]).toBe('- [/] Old');
    // Without Tasks dates in the note, nothing is stamped unless asked for always.
    const plain = '#roadmap\n\n- [ ] Ship\n';
    const item = (await itemsOf(plain)).get('Ship')!;
    expect(setItemState(plain, item, 'done', rulesWith({ ...options }))).toMatchObject({ text: '#roadmap\n\n- [x] Ship\n' });
    expect(setItemState(plain, item, 'done', rulesWith({ ...{ doneDate: { today: '2026-11-23', always: true } } }))).toMatchObject({ text: '#roadmap\n\n- [x] Ship ✅ 2026-11-23\n' });
  });
});

describe('columnWord', () => {
  it('picks the most used word for the state, else a default', () => {
    expect(columnWord('doing', ['WIP', 'Active', 'Active', 'Done'])).toBe('Active');
    expect(columnWord('done', ['WIP'])).toBe('Done');
    expect(columnWord('todo', ['Done', 'Reference', 'Queued', 'Queued'])).toBe('Queued');
  });
});
