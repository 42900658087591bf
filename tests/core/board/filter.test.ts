import { describe, expect, it } from 'vitest';
import { dueWithin, isEmptyFilter, parseFilter, passes } from '../../../src/core/board/filter';
import type { Item, Note } from '../../../src/core/model/types';

const TODAY = '2026-11-23'; // a Monday
const item = (over: Partial<Item> = {}): Item => ({
  title: 'Ship it', path: 'Plans/Work Plan.md', line: 3, done: null, state: 'todo', status: null, priority: null, due: null, start: null, doneDate: null,
  scheduled: null, created: null, cancelledDate: null, recurrence: null, id: null, dependsOn: null,
  links: [], fields: {}, tasks: [], progress: { done: 0, total: 0 }, ref: null, ...over,
});
const note: Note = { path: 'Plans/Work Plan.md', title: 'Work Plan', tags: ['work/2026', 'roadmap'] };
const ok = (query: string, it: Item = item(), group = 'Sprint', n: Note | undefined = note) => passes(parseFilter(query), it, group, n, TODAY);

describe('parseFilter', () => {
  it.each([
    ['', { words: [], states: [], overdue: false, due: [], tags: [], notes: [] }],
    ['is:overdue', { overdue: true }],
    ['due:overdue', { overdue: true }],
    ['is:todo is:Canceled', { states: ['todo', 'cancelled'] }],
    ['due:week due:month', { due: ['week', 'month'] }],
    ['due:year', { words: ['due:year'] }],
    ['is:maybe', { words: ['is:maybe'] }],
    ['note:"Work Plan" note:x', { notes: ['work plan', 'x'] }],
    ['note:', { words: ['note:'] }],
    ['#Work #a#b a#b', { tags: ['work'], words: ['#a#b', 'a#b'] }],
    ['  two   words ', { words: ['two', 'words'] }],
    ['time:10:30', { words: ['time:10:30'] }],
  ])('%j', (query, expected) => {
    expect(parseFilter(query)).toEqual({ words: [], states: [], overdue: false, due: [], tags: [], notes: [], ...expected });
  });

  it('knows an empty filter', () => {
    expect(isEmptyFilter(parseFilter(' '))).toBe(true);
    for (const query of ['a', 'is:done', 'is:overdue', 'due:week', '#t', 'note:n']) expect(isEmptyFilter(parseFilter(query)), query).toBe(false);
  });
});

describe('passes', () => {
  it('matches words in the title, group, status, priority, fields and tasks; all words must match', () => {
    expect(ok('ship')).toBe(true);
    expect(ok('sprint')).toBe(true);
    expect(ok('ship sprint')).toBe(true);
    expect(ok('ship nothing')).toBe(false);
    expect(ok('active', item({ status: 'Active' }))).toBe(true);
    expect(ok('p1', item({ priority: 'P1' }))).toBe(true);
    expect(ok('null')).toBe(false);
    expect(ok('berlin', item({ fields: { Where: 'Berlin' } }))).toBe(true);
    const task = { text: 'Deep: write docs', path: 'p', line: 1, done: false, state: 'todo' as const, status: ' ', kind: 'gfm' as const, htmlId: null, ref: 'r', priority: null, due: null, start: null, doneDate: null, scheduled: null, created: null, cancelledDate: null, recurrence: null, id: null, dependsOn: null, tasks: [] };
    expect(ok('docs', item({ tasks: [{ ...task, text: 'outer', tasks: [task] }] }))).toBe(true);
  });

  it('is: and due: keywords, together', () => {
    expect(ok('is:todo')).toBe(true);
    expect(ok('is:doing')).toBe(false);
    expect(ok('is:doing is:todo')).toBe(true);
    expect(ok('is:overdue', item({ due: '2026-11-22' }))).toBe(true);
    expect(ok('is:overdue', item({ due: '2026-11-22', state: 'done' }))).toBe(false);
    expect(ok('due:week', item({ due: '2026-11-29' }))).toBe(true);
    expect(ok('due:week', item({ due: '2026-11-30' }))).toBe(false);
    expect(ok('due:week due:month', item({ due: '2026-11-30' }))).toBe(true);
  });

  it('#tag: the note’s tags (nested ones too) or the tag in the text', () => {
    expect(ok('#work')).toBe(true);
    expect(ok('#work/2026')).toBe(true);
    expect(ok('#wor')).toBe(false);
    expect(ok('#2026')).toBe(false);
    expect(ok('#urgent')).toBe(false);
    expect(ok('#urgent', item({ title: 'Ship it #urgent' }))).toBe(true);
    expect(ok('#urgent', item(), 'Sprint', undefined)).toBe(false);
    expect(ok('#Roadmap')).toBe(true);
  });

  it('note: the title, the path or the file name starts with it; all of several may match any', () => {
    expect(ok('note:work')).toBe(true);
    expect(ok('note:plans/')).toBe(true);
    expect(ok('note:"work plan.md"', item(), 'Sprint', { ...note, title: 'Other' })).toBe(true);
    expect(ok('note:lan')).toBe(false);
    expect(ok('note:plan')).toBe(true);
    expect(ok('note:x note:work')).toBe(true);
    expect(ok('note:quart', item({ path: 'x/y.md' }), 'Sprint', { path: 'x/y.md', title: 'Quarterly', tags: [] })).toBe(true);
    expect(ok('note:quart', item({ path: 'x/y.md' }), 'Sprint', undefined)).toBe(false);
    expect(ok('note:plans', item(), 'Sprint', undefined)).toBe(true);
  });
});

describe('dueWithin', () => {
  const on = (due: string | null, state: Item['state'] = 'todo') => ({ due, state });
  it('is open and due from today to the end of the week or month', () => {
    expect(dueWithin(on(null), 'week', TODAY)).toBe(false);
    expect(dueWithin(on(TODAY), 'week', TODAY)).toBe(true);
    expect(dueWithin(on('2026-11-25', 'cancelled'), 'week', TODAY)).toBe(false);
    expect(dueWithin(on('2026-11-25', 'doing'), 'week', TODAY)).toBe(true);
    expect(dueWithin(on('2026-11-01'), 'month', TODAY)).toBe(false);
    expect(dueWithin(on('2026-11-30'), 'week', TODAY)).toBe(false);
    expect(dueWithin(on('2026-12-31'), 'month', TODAY)).toBe(false);
    // A week that runs into the next month: its days are in due:week and due:month both.
    expect(dueWithin(on('2026-12-03'), 'month', '2026-11-30')).toBe(true);
    expect(dueWithin(on('2026-12-07'), 'month', '2026-11-30')).toBe(false);
    expect(dueWithin(on('2027-11-30'), 'month', TODAY)).toBe(false);
  });
});
