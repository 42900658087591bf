// A note's groups read back from the persistent cache (src/core/model/checkGroups.ts):
// accepted as saved, and refused when any value a view reads has the wrong shape, so a
// damaged store costs a re-read of the note and never a broken board.
import { describe, expect, it } from 'vitest';
import { isGroups } from '../../../src/core/model/checkGroups';
import { roleWords } from '../../../src/core/model/columns';
import { digestOf } from '../../../src/core/model/digest';
import { DEFAULT_STATUSES } from '../../../src/core/model/statuses';
import { extractNote } from '../../../src/core/parse/extract';

const NOTE = [
  '#roadmap',
  '',
  '## Build',
  '',
  '- [ ] Ship 📅 2026-02-01 ⏫',
  '  - [x] nested done',
  '    - [ ] deeper',
  '- [-] Dropped',
  '- Plain item [[Link]]',
  '',
  '| Item | Status | Priority | Owner | Check |',
  '| --- | --- | --- | --- | --- |',
  '| Row | Doing | 2 | Ana | <input type="checkbox" unchecked id="a1b2c3"> |',
  '',
].join('\n');
const groups = () => structuredClone(digestOf(extractNote('Plan.md', NOTE), roleWords(), DEFAULT_STATUSES).groups) as unknown as Record<string, unknown>[];

describe('isGroups', () => {
  it('the groups of a note as read are accepted, cancelled items among them', () => {
    const read = groups();
    const items = read.flatMap((g) => g.items as Record<string, unknown>[]);
    expect(items.map((i) => i.state)).toEqual(expect.arrayContaining(['todo', 'cancelled', 'doing']));
    expect(isGroups(read, 'Plan.md')).toBe(true);
    expect(isGroups([], 'Plan.md')).toBe(true);
  });

  it('refused: not a list, another note’s, and each value of a group, an item or a task of the wrong shape', () => {
    expect(isGroups({}, 'Plan.md')).toBe(false);
    expect(isGroups(groups(), 'Other.md')).toBe(false);
    type Edit = (g: Record<string, unknown>[]) => void;
    const item = (g: Record<string, unknown>[], n = 0) => (g[0].items as Record<string, unknown>[])[n];
    const row = (g: Record<string, unknown>[]) => (g[0].items as Record<string, unknown>[]).find((i) => i.title === 'Row')!;
    const task = (g: Record<string, unknown>[]) => (item(g).tasks as Record<string, unknown>[])[0];
    const cases: [string, Edit][] = [
      ['group not an object', (g) => (g[0] = null as never)],
      ['group title', (g) => (g[0].title = 1)],
      ['group line 0', (g) => (g[0].line = 0)],
      ['group line not whole', (g) => (g[0].line = 1.5)],
      ['group due', (g) => (g[0].due = 5)],
      ['group progress', (g) => (g[0].progress = null)],
      ['group progress done over total', (g) => (g[0].progress = { done: 3, total: 2 })],
      ['group progress negative', (g) => (g[0].progress = { done: -1, total: 2 })],
      ['group progress not whole', (g) => (g[0].progress = { done: 0.5, total: 2 })],
      ['group items', (g) => (g[0].items = {})],
      ['item not an object', (g) => ((g[0].items as unknown[])[0] = 'x')],
      ['item title', (g) => (item(g).title = null)],
      ['item path', (g) => (item(g).path = 'Other.md')],
      ['item line', (g) => (item(g).line = '3')],
      ['item done', (g) => (item(g).done = 'no')],
      ['item state unknown', (g) => (item(g).state = 'waiting')],
      ['item state not text', (g) => (item(g).state = 1)],
      ['item status', (g) => (row(g).status = 3)],
      ['item priority', (g) => (row(g).priority = {})],
      ['item priority infinite', (g) => (row(g).priority = Infinity)],
      ['item due', (g) => (item(g).due = 20260201)],
      ['item links', (g) => (item(g, 2).links = [1])],
      ['item links not a list', (g) => (item(g, 2).links = 'Link')],
      ['item fields', (g) => (row(g).fields = { Owner: 1 })],
      ['item fields not an object', (g) => (row(g).fields = ['Ana'])],
      ['item progress', (g) => (item(g).progress = { done: 2, total: 1 })],
      ['item ref', (g) => (item(g).ref = 7)],
      ['item tasks', (g) => (item(g).tasks = null)],
      ['task not an object', (g) => ((item(g).tasks as unknown[])[0] = 1)],
      ['task text', (g) => (task(g).text = null)],
      ['task path', (g) => (task(g).path = 'Other.md')],
      ['task line', (g) => (task(g).line = -1)],
      ['task done', (g) => (task(g).done = null)],
      ['task kind', (g) => (task(g).kind = 'other')],
      ['task html id', (g) => (task(g).htmlId = 1)],
      ['task ref', (g) => (task(g).ref = null)],
      ['nested task', (g) => ((task(g).tasks as Record<string, unknown>[])[0].text = 1)],
    ];
    for (const [what, edit] of cases) {
      const g = groups();
      edit(g);
      expect(isGroups(g, 'Plan.md'), what).toBe(false);
    }
    // Nulls where null is allowed, and a word priority, are kept.
    const g = groups();
    Object.assign(item(g), { due: null, ref: null, done: null, status: null, priority: 'high' });
    Object.assign(task(g), { htmlId: null });
    (g[0]).due = null;
    expect(isGroups(g, 'Plan.md')).toBe(true);
  });
});
