import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/core/checkin/dateFormat';
import { doneEntries, doneSince, emptyHistory, mergeHistories, readHistory, recordCheckin } from '../../../src/core/checkin/history';
import { checkinQuestions } from '../../../src/core/checkin/questions';
import { BUILT_IN_TEMPLATE, renderTemplate } from '../../../src/core/checkin/template';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { indexVault } from '../../../src/core/index/indexVault';
import type { Roadmap } from '../../../src/core/model/types';
import { makeSettings } from '../../../src/core/settings';
import { MemoryVault } from '../../fakes/memoryVault';
import { BARE } from '../../helpers/rules';

const exampleDir = join(__dirname, '../../../example-vault');
const files = () => Object.fromEntries(readdirSync(exampleDir).filter((n) => n.endsWith('.md')).map((n) => [n, readFileSync(join(exampleDir, n), 'utf8')]));
const modelOf = async (notes: Record<string, string>) => (await indexVault(new MemoryVault(notes), makeSettings())).roadmap;
let roadmap: Roadmap;
beforeAll(async () => {
  roadmap = await modelOf(files());
});

/** The example vault after ticking the given tasks (by text). */
async function afterTicking(texts: string[]): Promise<Roadmap> {
  const notes = files();
  const tasks = roadmap.groups.flatMap((g) => g.items.flatMap((i) => [...i.tasks, ...i.tasks.flatMap((t) => t.tasks)]));
  for (const text of texts) {
    const task = tasks.find((t) => t.text === text)!;
    const result = toggleCheckbox(notes[task.path], task.ref, undefined, BARE);
    if (!result.ok) throw new Error(result.reason);
    notes[task.path] = result.text;
  }
  return modelOf(notes);
}

describe('check-in history', () => {
  it('lists what became done since the previous check-in', async () => {
    const w46 = { year: 2026, week: 46 };
    const w47 = { year: 2026, week: 47 };
    expect(doneSince(emptyHistory(), w47, roadmap)).toBeNull();
    const history = recordCheckin(emptyHistory(), w46, roadmap, '2026-11-13');
    expect(doneSince(history, w47, roadmap)).toEqual([]);
    const later = await afterTicking(['blog', 'Compaction']);
    expect(doneSince(history, w47, later)!.map((e) => `${e.text} — ${e.item}`)).toEqual(['blog — gVisor - foreverVM', 'Compaction — Write a storage engine from scratch']);
    // Saving week 47 (twice) does not hide what was done since week 46 from week 47's view.
    const saved = recordCheckin(recordCheckin(history, w47, later, '2026-11-20'), w47, later, '2026-11-21');
    expect(saved.records.map((r) => r.week)).toEqual(['2026-W46', '2026-W47']);
    expect(doneSince(saved, w47, later)).toHaveLength(2);
    expect(doneSince(saved, { year: 2026, week: 48 }, later)).toEqual([]);
  });

  it('keys done things by note, item and text, so moving lines keeps them', async () => {
    const notes = files();
    notes['Projects.md'] = notes['Projects.md'].replace('\n\n| **Checklist**', '\n\nA new paragraph.\n\n| **Checklist**');
    expect(doneEntries(await modelOf(notes)).map((e) => e.key)).toEqual(doneEntries(roadmap).map((e) => e.key));
  });

  it('reads saved history defensively', () => {
    expect(readHistory(null)).toEqual(emptyHistory());
    expect(readHistory({ records: [{ week: '2026-W99', savedAt: 'x', done: [] }, { week: '2026-W01', savedAt: 'x', done: [1] }, { week: '2026-W02', savedAt: '2026-01-09', done: ['a'] }] })).toEqual({
      version: 1,
      records: [{ week: '2026-W02', savedAt: '2026-01-09', done: ['a'] }],
    });
  });
});

describe('template', () => {
  const context = (overrides = {}) => ({
    week: { year: 2026, week: 47 },
    title: '2026-W47',
    roadmap,
    questions: checkinQuestions(roadmap),
    doneSince: null,
    format: formatDate,
    ...overrides,
  });

  it('renders the built-in weekly note', () => {
    expect(renderTemplate(BUILT_IN_TEMPLATE, context())).toBe(
      [
        '# Week 2026-W47',
        '',
        'Roadmap: [[2026 Systems Engineering Roadmap]], [[Projects]], [[long term bets]]',
        '',
        '## Focus',
        '- Writing an Interpreter in Go — Resources ([[2026 Systems Engineering Roadmap]])',
        '- Effect.ts Docs — Resources ([[2026 Systems Engineering Roadmap]])',
        '- Write a storage engine from scratch — Systems depth ([[long term bets]])',
        '',
        '## Done since last check-in',
        'No earlier check-in to compare with.',
        '',
        '## What concept did I learn that I can explain to someone else?',
        '',
        '## What code did I write that uses this knowledge?',
        '',
        '## What confused me that I need to revisit?',
        '',
        '',
      ].join('\n'),
    );
  });

  it('fills every variable, keeps unknown ones, and follows the CRLF of the template', () => {
    const done = [{ key: 'k', text: 'blog', item: 'gVisor - foreverVM', path: 'Projects.md', line: 19 }];
    const out = renderTemplate('{{title}}|{{week}}|{{date}}|{{date:dddd D MMMM}}|{{ unknown }}|{{date:GGGG}}|{{Week}}\r\n{{done_this_week}}\r\n{{open_tasks}}', context({ doneSince: done }));
    const [head, ...rest] = out.split('\r\n');
    expect(head).toBe('2026-W47|2026-W47|2026-11-16|Monday 16 November|{{ unknown }}|2026|2026-W47');
    expect(rest[0]).toBe('- blog — gVisor - foreverVM ([[Projects]])');
    // Open tasks of items not done (gVisor is checked done, so its open tasks are not listed).
    expect(rest[1]).toBe('- use jj + aider — multiple agents on same repo - iterating faster ([[Projects]])');
    expect(out).not.toContain('- MCP server example?');
    expect(rest).toContain('- Build a memtable and WAL — Write a storage engine from scratch ([[long term bets]])');
    expect(out.includes('\n') && !/[^\r]\n/.test(out)).toBe(true);
  });
});

describe('history edges', () => {
  const plan = '#roadmap\n\n## Ship\n\n- [x] Parser\n  - [x] write tests\n  - [x] write tests\n- [ ] Lexer\n  - [x] tokens\n  - [ ] spans\n';

  it('keys a done item and its done tasks by note, group, item and text, counting repeats', async () => {
    const model = await modelOf({ 'Plan.md': plan });
    expect(doneEntries(model).map((e) => [e.key, e.text, e.item, e.line])).toEqual([
      ['item\u241fPlan.md\u241fShip\u241fParser\u241f0', 'Parser', null, 5],
      ['task\u241fPlan.md\u241fShip\u241fParser\u241fwrite tests\u241f0', 'write tests', 'Parser', 6],
      ['task\u241fPlan.md\u241fShip\u241fParser\u241fwrite tests\u241f1', 'write tests', 'Parser', 7],
      ['task\u241fPlan.md\u241fShip\u241fLexer\u241ftokens\u241f0', 'tokens', 'Lexer', 9],
    ]);
  });

  it('keeps records in week order, at most 104, one per week', async () => {
    const model = await modelOf({ 'Plan.md': plan });
    let history = recordCheckin(emptyHistory(), { year: 2026, week: 47 }, model, '2026-11-20');
    history = recordCheckin(history, { year: 2026, week: 45 }, model, '2026-11-21');
    history = recordCheckin(history, { year: 2026, week: 47 }, model, '2026-11-22');
    expect(history.records.map((r) => [r.week, r.savedAt])).toEqual([['2026-W45', '2026-11-21'], ['2026-W47', '2026-11-22']]);
    for (let week = 1; week <= 52; week++) {
      history = recordCheckin(history, { year: 2024, week }, model, '2024-12-31');
      history = recordCheckin(history, { year: 2025, week }, model, '2025-12-31');
    }
    expect(history.records).toHaveLength(104);
    expect(history.records[0].week).toBe('2024-W03'); // 106 weeks recorded: the two oldest go
    expect(history.records.at(-1)!.week).toBe('2026-W47');
  });

  it('drops records that are not objects or have fields of the wrong type', () => {
    const good = { week: '2026-W02', savedAt: '2026-01-09', done: ['a'] };
    const records = [null, 'x', 5, { ...good, week: 202602 }, { ...good, savedAt: 20260109 }, { ...good, done: ['a', 2] }, { ...good, done: 'a' }, good];
    expect(readHistory({ records })).toEqual({ version: 1, records: [good] });
    for (const raw of [undefined, 'text', 3, [], { records: 'x' }]) expect(readHistory(raw)).toEqual(emptyHistory());
  });
});

describe('template edges', () => {
  const base = { week: { year: 2026, week: 47 }, title: 'T', questions: [], doneSince: [], format: formatDate };

  it('says so when nothing is in progress, open or new', async () => {
    const model = await modelOf({ 'Plan.md': '#roadmap\n\n## Ship\n\n- [x] Parser\n' });
    expect(renderTemplate('{{focus}}|{{open_tasks}}|{{done_this_week}}', { ...base, roadmap: model, doneSince: [] })).toBe('Nothing in progress.|No open tasks.|Nothing new.');
  });

  it('lists focus by priority: numbers lowest first, then words, then none; a done item is not listed', async () => {
    // C (no priority) stands before A (a word): only the ranking puts A first.
    const table = ['#roadmap', '', '| Project | Priority | Status |', '|---|---|---|', '| C | | In progress |', '| A | high | In progress |', '| B | 2 | In progress |', '| D | 1 | In progress |', '| E | 0 | Done |', '| F | 10 | In progress |', ''].join('\n');
    const model = await modelOf({ 'Road.mdmap.md': table });
    const focus = renderTemplate('{{focus}}', { ...base, roadmap: model }).split('\n');
    expect(focus.map((line) => line.slice(2, 3))).toEqual(['D', 'B', 'F', 'A', 'C']);
    expect(focus[0]).toBe('- D — Road.mdmap ([[Road.mdmap]])');
  });

  it('lists open tasks only, an item done since without its item, and dates only for {{date:…}}', async () => {
    const model = await modelOf({ 'Plan.md': '#roadmap\n\n## Ship\n\n- [ ] Lexer\n  - [x] tokens\n  - [ ] spans\n' });
    const done = [{ key: 'k', text: 'Parser', item: null, path: 'Plan.md', line: 5 }];
    expect(renderTemplate('{{open_tasks}}|{{done_this_week}}|{{week:YYYY}}|{{date: YYYY }}', { ...base, roadmap: model, doneSince: done })).toBe('- spans — Lexer ([[Plan]])|- Parser ([[Plan]])|{{week:YYYY}}|2026');
  });
});

describe('two histories of one vault merged (this device’s and the synced data.json)', () => {
  const rec = (week: string, savedAt: string, done: string[] = []) => ({ week, savedAt, done });
  const of = (...records: ReturnType<typeof rec>[]) => ({ version: 1 as const, records });

  it('keeps the weeks of both, in week order; a week in both keeps the later save, theirs on a tie', () => {
    const mine = of(rec('2026-W47', '2026-11-20', ['a']), rec('2026-W48', '2026-11-27', ['mine']), rec('2026-W49', '2026-12-04', ['tie-mine']));
    const theirs = of(rec('2026-W46', '2026-11-13'), rec('2026-W48', '2026-11-26', ['older']), rec('2026-W49', '2026-12-04', ['tie-theirs']));
    expect(mergeHistories(mine, theirs)).toEqual(of(rec('2026-W46', '2026-11-13'), rec('2026-W47', '2026-11-20', ['a']), rec('2026-W48', '2026-11-27', ['mine']), rec('2026-W49', '2026-12-04', ['tie-theirs'])));
    expect(mergeHistories(theirs, mine).records.find((r) => r.week === '2026-W48')!.done).toEqual(['mine']);
    expect(mergeHistories(emptyHistory(), emptyHistory())).toEqual(emptyHistory());
  });

  it('keeps at most the last 104 weeks', () => {
    const weeks = (year: number) => Array.from({ length: 52 }, (_, i) => rec(`${year}-W${String(i + 1).padStart(2, '0')}`, `${year}-12-31`));
    const merged = mergeHistories(of(...weeks(2024)), of(...weeks(2025), rec('2026-W01', '2026-01-02')));
    expect(merged.records).toHaveLength(104);
    expect(merged.records[0].week).toBe('2024-W02');
    expect(merged.records.at(-1)!.week).toBe('2026-W01');
  });
});

