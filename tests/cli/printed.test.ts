// What `roadmap board` and `roadmap timeline` print, line by line, over a vault that has
// every kind of mark: each state of an item and of a task, priorities as words and
// numbers, a Status cell, group due dates met and missed, links, many undated items,
// and a task status that only the Tasks plugin's settings define.
import { describe, expect, it } from 'vitest';
import { cli, makeVault } from '../helpers/tempVault';

const TODAY = '2026-01-02';
const tasksPlugin = {
  '.obsidian/community-plugins.json': '["obsidian-tasks-plugin"]',
  // `?` is Tasks' own "in progress" here: the CLI reads it as Obsidian would.
  '.obsidian/plugins/obsidian-tasks-plugin/data.json': JSON.stringify({ statusSettings: { customStatuses: [{ symbol: '?', name: 'Question', nextStatusSymbol: ' ', type: 'IN_PROGRESS' }] } }),
};
const PLAN = [
  '#roadmap',
  '',
  '## Ship',
  '',
  '- [x] Done item 📅 2026-01-01',
  '- [-] Dropped item',
  '- [/] Under way ⏫',
  '  - [x] sub done',
  '  - [-] sub cancelled',
  '  - [/] sub doing',
  '    - [ ] deep todo',
  '- [?] Asked',
  '- Plain item',
  '- [ ] Later 📅 2026-03-01',
  '',
  '## Finished',
  '',
  '- [x] One 📅 2025-12-01',
  '',
  '| Item | Status | Priority |',
  '| --- | --- | --- |',
  '| Row | Waiting | someday |',
  '',
  '[[Other]] [[Missing]]',
  '',
].join('\n');
// Group rows that only hold a date give the group above them its due date.
const GROUPS = [
  '#roadmap',
  '',
  '| Objective | Item | Status | Priority |',
  '| --- | --- | --- | --- |',
  '| Q1 | Alpha | Done | 1 |',
  '| Due: 2025-12-15 | | | |',
  '| Q2 | Beta | Doing | |',
  '| by 2025-12-20 | | | |',
  '| Q3 | Gamma | | |',
  '| 2025-12-01 | | | |',
  '| Q4 | | | |',
  '| 2025-12-01 | | | |',
  '| Q5 | Eps | Cancelled | |',
  '| 2026-01-05 | | | |',
  '',
].join('\n');

describe('roadmap board, as text', () => {
  it('each state its mark, nested tasks indented by two, extras and due marks, a group done on time unmarked', async () => {
    const vault = makeVault({ 'Plan.md': PLAN, 'Other.md': '#roadmap\n\n- [ ] Other task\n', 'Groups.md': GROUPS, ...tasksPlugin });
    const result = await cli('board', vault, '--today', TODAY);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        'Groups.md',
        '  Q1  1/1  due 2025-12-15',
        '    ✓ Alpha  P1  [Done]',
        '  Q2  0/1  due 2025-12-20 (overdue)',
        '    ◐ Beta  [Doing]',
        '  Q3  0/1  due 2025-12-01 (overdue)',
        '    · Gamma',
        // A group with nothing to do yet is not done: its date is still missed.
        '  Q4  0/0  due 2025-12-01 (overdue)',
        '  Q5  0/0  due 2026-01-05 (due soon)',
        '    ✗ Eps  [Cancelled]',
        '',
        'Other.md',
        '  Other  0/1',
        '    ☐ Other task',
        '',
        'Plan.md',
        '  Ship  1/5',
        '    ✓ Done item  due 2026-01-01',
        '    ✗ Dropped item',
        '    ◐ Under way  priority high  1/3',
        '      ☑ sub done',
        '      ☒ sub cancelled',
        '      ◐ sub doing',
        '        ☐ deep todo',
        '    ◐ Asked',
        '    · Plain item',
        '    ☐ Later  due 2026-03-01',
        '  Finished  1/2',
        '    ✓ One  due 2025-12-01',
        '    · Row  priority someday  [Waiting]',
        '',
        'Linked: Other',
        'Unresolved links: Missing',
        '',
      ].join('\n'),
    );
  });

  it('links all resolved: a blank line, then the one line; exactly twenty names: no "and more"', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `N${i + 1}`);
    const files: Record<string, string> = { 'a.md': `#roadmap\n\n- [ ] one\n\n${names.map((n) => `[[${n}]]`).join(' ')}\n` };
    for (const name of names) files[`${name}.md`] = 'plain\n';
    expect((await cli('board', makeVault(files))).stdout).toBe(`a.md\n  a  0/1\n    ☐ one\n\nLinked: ${names.join(', ')}\n`);
    const missing = await cli('board', makeVault({ 'a.md': `#roadmap\n\n- [ ] one\n\n${names.map((n) => `[[${n}]]`).join(' ')}\n` }));
    expect(missing.stdout).toBe(`a.md\n  a  0/1\n    ☐ one\n\nUnresolved links: ${names.join(', ')}\n`);
  });

  it('an empty board names what was asked for: --all, tags with or without #, folders, or the settings’ tags', async () => {
    const vault = makeVault({ 'plain.md': 'just a note\n', 'Work/a.txt': 'text\n', 'Home/b.txt': 'text\n' });
    expect((await cli('board', makeVault({}), '--all')).stdout).toBe('The vault has no notes.\n');
    expect((await cli('board', vault, '--tag', '#plan', '--tag', 'goals')).stdout).toBe('No roadmap notes found: no note is tagged #plan or #goals, and none has "roadmap: true" in its frontmatter.\n');
    expect((await cli('board', vault, '--folder', 'Work', '--folder', 'Home')).stdout).toBe('No roadmap notes found: no note is in Work or Home, and none has "roadmap: true" in its frontmatter.\n');
    const tagged = makeVault({ 'plain.md': 'just a note\n', '.obsidian/plugins/roadmap-board/data.json': JSON.stringify({ version: 1, roadmapTags: ['plan', 'okr'] }) });
    expect((await cli('board', tagged)).stdout).toBe('No roadmap notes found. Tag a note #plan or #okr, or add "roadmap: true" to its frontmatter (or use --tag, --folder or --all).\n');
  });

  it('--json: the lanes, with Tasks’ statuses read', async () => {
    const vault = makeVault({ 'Plan.md': PLAN, ...tasksPlugin });
    const printed = (await cli('board', vault, '--json', '--today', TODAY)).stdout;
    expect(printed.endsWith('}\n')).toBe(true);
    const index = await cli('index', vault, '--json');
    expect(index.stdout.endsWith('}\n')).toBe(true);
    const model = JSON.parse(index.stdout) as { groups: { items: { title: string; state: string }[] }[] };
    expect(model.groups.flatMap((g) => g.items).find((i) => i.title === 'Asked')?.state).toBe('doing');
    const board = JSON.parse(printed) as { version: number; today: string; lanes: { title: string; cards: { title: string; state: string; dueMark: string | null }[] }[] };
    expect(board.version).toBe(1);
    expect(board.today).toBe(TODAY);
    expect(board.lanes.map((l) => l.title)).toEqual(['Ship', 'Finished']);
    expect(board.lanes[0].cards.find((c) => c.title === 'Asked')?.state).toBe('doing');
    expect(board.lanes[0].cards.find((c) => c.title === 'Later')).toMatchObject({ state: 'todo', dueMark: null });
  });

  it('a note’s problems are said on stderr, and the board still printed', async () => {
    const vault = makeVault({ 'a.md': '---\nroadmap: true\ntags: [unclosed\n---\n\n- [ ] one\n', 'b.md': '#roadmap\n\n- [ ] two\n' });
    for (const command of ['board', 'timeline', 'index']) {
      const result = await cli(command, vault);
      expect(result.code, command).toBe(0);
      expect(result.stderr, command).toMatch(/^roadmap: a\.md: .+\n$/);
    }
  });
});

describe('roadmap timeline, as text', () => {
  const PLAN_DATES = [
    '#roadmap',
    '',
    '## Build',
    '',
    '- [ ] Bars 🛫 2026-01-05 📅 2026-02-01',
    '- [/] Moving 📅 2026-01-20',
    '- [-] Dropped 📅 2026-01-21',
    '- [ ] Late 📅 2025-12-30',
    '- [x] Shipped 🛫 2025-12-01 📅 2025-12-20',
    '- [ ] Begins 🛫 2026-01-10',
    '',
    '## Ship',
    '',
    // In progress only by the Tasks plugin's settings.
    '- [?] Asked 📅 2026-01-25',
    '',
    '## Undated',
    '',
    ...Array.from({ length: 21 }, (_, i) => `- [ ] u${i + 1}`),
    '',
  ].join('\n');
  const GOALS = '#roadmap\n\n| Objective | Item | Due |\n| --- | --- | --- |\n| Q1 | Alpha | 2026-01-15 |\n| Due: 2026-03-31 | | |\n';

  it('one heading per note, a flag for a group’s due, bars and diamonds with their state, the undated capped at twenty', async () => {
    const result = await cli('timeline', makeVault({ 'Plan.md': PLAN_DATES, 'Goals.md': GOALS, ...tasksPlugin }), '--today', TODAY);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        'Goals.md',
        '  Q1  ⚑ 2026-03-31',
        '    ◆ 2026-01-15  Alpha',
        '',
        'Plan.md',
        '  Build',
        '    ▬ 2026-01-05 → 2026-02-01  Bars',
        '    ◆ 2026-01-20  Moving (doing)',
        '    ◆ 2026-01-21  Dropped (cancelled)',
        '    ◆ 2025-12-30  Late (overdue)',
        '    ▬ 2025-12-01 → 2025-12-20  Shipped (done)',
        '    ◆ 2026-01-10  Begins',
        '  Ship',
        '    ◆ 2026-01-25  Asked (doing)',
        '',
        `No date (21): ${Array.from({ length: 20 }, (_, i) => `u${i + 1}`).join(' · ')} … and 1 more`,
        '',
      ].join('\n'),
    );
  });

  it('no dated item: says how to set one; exactly twenty undated: no "and more"; none undated: no line for them', async () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `- [ ] u${i + 1}`).join('\n');
    expect((await cli('timeline', makeVault({ 'P.md': `#roadmap\n\n${twenty}\n` }))).stdout).toBe(
      `No item has a date yet (set one with roadmap set-due).\n\nNo date (20): ${Array.from({ length: 20 }, (_, i) => `u${i + 1}`).join(' · ')}\n`,
    );
    expect((await cli('timeline', makeVault({ 'P.md': '#roadmap\n\n- [ ] a 📅 2026-02-01\n' }), '--today', TODAY)).stdout).toBe('P.md\n  P\n    ◆ 2026-02-01  a\n');
  });
});
