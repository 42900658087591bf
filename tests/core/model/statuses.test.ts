import { describe, expect, it } from 'vitest';
import { toggleOnLine } from '../../../src/core/edit/cursorToggle';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { roleWords } from '../../../src/core/model/columns';
import { digestOf } from '../../../src/core/model/digest';
import { readInlineFields } from '../../../src/core/model/inlineFields';
import { StatusTable, tasksPluginStatuses } from '../../../src/core/model/statuses';
import { extractNote } from '../../../src/core/parse/extract';
import { refsOf } from '../../helpers/notes';
import { BARE, rulesWith } from '../../helpers/rules';

const model = (text: string, statuses?: StatusTable) => digestOf(extractNote('n.md', text), roleWords(), statuses);

// The Tasks plugin's data.json as it saves its status settings (shape of Tasks 7).
const tasksData = {
  statusSettings: {
    coreStatuses: [
      { symbol: ' ', name: 'Todo', nextStatusSymbol: '/', availableAsCommand: true, type: 'TODO' },
      { symbol: 'x', name: 'Done', nextStatusSymbol: ' ', availableAsCommand: true, type: 'DONE' },
    ],
    customStatuses: [
      { symbol: '/', name: 'In Progress', nextStatusSymbol: 'x', availableAsCommand: true, type: 'IN_PROGRESS' },
      { symbol: '-', name: 'Cancelled', nextStatusSymbol: ' ', availableAsCommand: true, type: 'CANCELLED' },
      { symbol: '>', name: 'Deferred', nextStatusSymbol: '<', availableAsCommand: false, type: 'ON_HOLD' },
      { symbol: 'Q', name: 'Question', nextStatusSymbol: 'A', availableAsCommand: false, type: 'NON_TASK' },
      { symbol: '!', name: 'Broken', nextStatusSymbol: 'x', availableAsCommand: false, type: 'NO_SUCH_TYPE' },
      { symbol: '/', name: 'Duplicate', nextStatusSymbol: ' ', availableAsCommand: false, type: 'DONE' },
      { symbol: '', name: 'Empty', nextStatusSymbol: 'x', availableAsCommand: false, type: 'TODO' },
    ],
  },
};

describe('task statuses (SPEC §2.3.1)', () => {
  const note = ['#roadmap', '## Plan', '- [ ] Todo item', '- [/] Doing item', '- [-] Cancelled item ❌ 2024-05-26', '- [>] Forwarded', '- [?] Question', '- [x] Done', '- [ ] ', '- [/]', '- [ ] With tasks', '  - [x] one', '  - [/] two', '  - [-] three', ''].join('\n');

  it('every status character is a checkbox, with its state; an empty task too', () => {
    const items = model(note).groups[0].items;
    expect(items.map((i) => [i.title, i.state, i.done])).toEqual([
      ['Todo item', 'todo', false],
      ['Doing item', 'doing', false],
      ['Cancelled item', 'cancelled', false],
      ['Forwarded', 'todo', false],
      ['Question', 'todo', false],
      ['Done', 'done', true],
      ['', 'todo', false],
      ['', 'doing', false],
      ['With tasks', 'doing', false],
    ]);
    expect(items.every((i) => i.ref)).toBe(true);
    const tasks = items[8].tasks;
    expect(tasks.map((t) => [t.text, t.status, t.state, t.done])).toEqual([
      ['one', 'x', 'done', true],
      ['two', '/', 'doing', false],
      ['three', '-', 'cancelled', false],
    ]);
    // Cancelled counts in neither done nor total: of the item's tasks and of the group's items.
    expect(items[8].progress).toEqual({ done: 1, total: 2 });
    expect(model(note).groups[0].progress).toEqual({ done: 1, total: 8 });
  });

  it('the Tasks plugin settings win; a settings map adds symbols', () => {
    const tasks = tasksPluginStatuses(tasksData)!;
    expect([...tasks]).toEqual([
      [' ', { state: 'todo', next: '/' }],
      ['x', { state: 'done', next: ' ' }],
      ['/', { state: 'doing', next: 'x' }],
      ['-', { state: 'cancelled', next: ' ' }],
      ['>', { state: 'todo', next: '<' }],
      ['Q', { state: 'cancelled', next: 'A' }],
    ]);
    const table = new StatusTable({ '?': 'doing', '>': 'done' }, tasks);
    expect(table.of('?')).toEqual({ state: 'doing', next: 'x' });
    expect(table.of('>')).toEqual({ state: 'todo', next: '<' });
    expect(table.of('X')).toEqual({ state: 'done', next: ' ' });
    expect(table.of('b')).toEqual({ state: 'todo', next: 'x' });
    expect(model(note, table).groups[0].items.map((i) => i.state)).toEqual(['todo', 'doing', 'cancelled', 'todo', 'doing', 'done', 'todo', 'doing', 'doing']);
    expect(tasksPluginStatuses(null)).toBeNull();
    expect(tasksPluginStatuses({ statusSettings: { coreStatuses: 'no' } })).toBeNull();
    expect(new StatusTable({}, tasks).key).not.toBe(new StatusTable().key);
  });

  it('a toggle moves to the next status; twice on [ ]/[x] gives the file back', () => {
    const text = '- [ ] a\n- [/] b\n- [-] c\n- [?] d\n- [x] e\n';
    const refs = refsOf(text);
    const toggled = (i: number, statuses?: StatusTable) => {
      const result = toggleCheckbox(text, refs[i].ref, undefined, rulesWith({ words: BARE.words, statuses }));
      return result.ok ? result.text.split('\n')[i] : result.reason;
    };
    expect([0, 1, 2, 3, 4].map((i) => toggled(i))).toEqual(['- [x] a', '- [x] b', '- [x] c', '- [x] d', '- [ ] e']);
    const tasks = new StatusTable({}, tasksPluginStatuses(tasksData));
    expect([0, 1, 2, 3, 4].map((i) => toggled(i, tasks))).toEqual(['- [/] a', '- [x] b', '- [ ] c', '- [x] d', '- [ ] e']);
    // Set done / to do (the board's checkbox): [/] done is [x], cancelled to do is [ ].
    const set = (i: number, want: boolean) => {
      const result = toggleCheckbox(text, refs[i].ref, want, BARE);
      return result.ok ? [result.text.split('\n')[i], result.message] : result.reason;
    };
    expect(set(1, true)).toEqual(['- [x] b', 'checked']);
    expect(set(2, false)).toEqual(['- [ ] c', 'unchecked']);
    expect(set(4, true)).toEqual(['- [x] e', 'already checked']);
    expect(set(0, false)).toEqual(['- [ ] a', 'already unchecked']);
    // The command at the cursor follows the statuses too.
    expect(toggleOnLine('- [/] b', 0, tasks)).toEqual({ from: 2, to: 5, insert: '[x]', checked: true });
    expect(toggleOnLine('- [-] c', 0, tasks)).toEqual({ from: 2, to: 5, insert: '[ ]', checked: false });
  });

  it('a line that only looks like a task is text: a wikilink, a link, no space after the marker', () => {
    const text = '## L\n- [[note]] linked\n- [a](https://x.y) link\n- [x]no space\n- [ab] two chars\n';
    expect(model(text).groups[0].items.map((i) => [i.title, i.ref])).toEqual([
      ['note linked', null],
      ['a link', null],
      ['[x]no space', null],
      ['[ab] two chars', null],
    ]);
  });
});

describe('task metadata (SPEC §2.3.2)', () => {
  it('Tasks emoji and Dataview fields leave the title and fill the model', () => {
    expect(readInlineFields('Write the post 🔼 🔁 every week when done 🛫 2026-01-05 ⏳ 2026-01-06 📅 2026-01-09 ➕ 2026-01-01 🆔 abc123 ⛔ def456,ghi789 ^dcf64c')).toMatchObject({
      title: 'Write the post',
      due: '2026-01-09',
      start: '2026-01-05',
      scheduled: '2026-01-06',
      created: '2026-01-01',
      doneDate: null,
      cancelledDate: null,
      status: null,
      priority: 'medium',
      recurrence: 'every week when done',
      id: 'abc123',
      dependsOn: ['def456', 'ghi789'],
    });
    expect(readInlineFields('Ship ⏫ ✅ 2026-02-01 ❌ 2026-02-02')).toMatchObject({ title: 'Ship', doneDate: '2026-02-01', cancelledDate: '2026-02-02', priority: 'high' });
    expect(readInlineFields('Plan [start:: 2026-03-01] [due:: 2026-03-31] [completion:: 2026-03-30] [priority:: high] [repeat:: every month] [id:: x1] [dependsOn:: y2]')).toMatchObject({
      title: 'Plan',
      due: '2026-03-31',
      start: '2026-03-01',
      doneDate: '2026-03-30',
      status: null,
      priority: 'high',
      recurrence: 'every month',
      id: 'x1',
      dependsOn: ['y2'],
    });
    // Text that only resembles metadata stays.
    expect(readInlineFields('Read ^ chapter 3 and the 📅 calendar')).toMatchObject({ title: 'Read ^ chapter 3 and the 📅 calendar', due: null });
  });

  it('items and tasks carry their metadata; a Start column gives a start', () => {
    const text = ['#roadmap', '## Plan', '- [ ] Item 🔺 🛫 2026-01-01 📅 2026-02-01', '  - [x] step ✅ 2026-01-10 ⏬', '', '## Table', '| Project | Start date | Due |', '|---|---|---|', '| Engine | 2026-04-01 | Q2 2026 |', ''].join('\n');
    const [list, table] = model(text).groups;
    expect(list.items[0]).toMatchObject({ title: 'Item', priority: 'highest', start: '2026-01-01', due: '2026-02-01' });
    expect(list.items[0].tasks[0]).toMatchObject({ text: 'step', doneDate: '2026-01-10', priority: 'lowest', due: null, start: null });
    expect(table.items[0]).toMatchObject({ title: 'Engine', start: '2026-04-01', due: '2026-06-30' });
  });
});

