import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FsVault } from '../../../src/cli/fsVault';
import { indexVault } from '../../../src/core/index/indexVault';
import type { Roadmap } from '../../../src/core/model/types';
import { makeSettings } from '../../../src/core/settings';
import { boardSummary, buildLanes, neighbourState, timelineLane, type BoardChoices } from '../../../src/core/board/lanes';
import { dueWithin, parseFilter } from '../../../src/core/board/filter';
import { copyVault } from '../../helpers/tempVault';

const TODAY = '2026-11-23'; // a Monday
let roadmap: Roadmap;
const choices = (overrides: Partial<BoardChoices> = {}): BoardChoices => ({ grouping: 'groups', filter: '', notes: [], showDone: true, ...overrides });
const titles = (lanes: ReturnType<typeof buildLanes>) => lanes.map((lane) => `${lane.title}: ${lane.cards.map((c) => c.item.title).join(', ')}`);

beforeAll(async () => {
  roadmap = (await indexVault(new FsVault(copyVault(join(__dirname, '../../../example-vault'))), makeSettings())).roadmap;
});

describe('buildLanes over the example vault', () => {
  it('Groups: one lane per group, in document order, with the group progress and due', () => {
    const lanes = buildLanes(roadmap, choices(), TODAY);
    expect(lanes.map((l) => l.title)).toEqual(roadmap.groups.map((g) => g.title));
    const distributed = lanes.find((l) => l.title === 'To get into a distributed systems role')!;
    expect(distributed).toMatchObject({ path: 'Projects.md', due: '2025-03-12', dueMark: 'overdue', progress: { done: 1, total: 7 }, state: null });
    expect(distributed.cards.map((c) => c.item.title)).toEqual([
      'PubSub system in Rust', 'Fly Dist Sys Challenges', 'Build Git', 'Lox Interpreter',
      'Distributed File Systems: 3FS DeepSeek', 'database on top of S3 (parquet)?', 'Distributed File Systems: S3 Story',
    ]);
  });

  it('Status: To do, Doing and Done, every item once', () => {
    const lanes = buildLanes(roadmap, choices({ grouping: 'status' }), TODAY);
    expect(lanes.map((l) => [l.title, l.state])).toEqual([['To do', 'todo'], ['Doing', 'doing'], ['Done', 'done']]);
    expect(lanes[1].cards.map((c) => c.item.title)).toEqual(['Writing an Interpreter in Go', 'Effect.ts Docs', 'Write a storage engine from scratch']);
    expect(lanes[2].cards.map((c) => `${c.group} / ${c.item.title}`)).toEqual(['To get into a distributed systems role / PubSub system in Rust', 'ML Infra / AI Infra / gVisor - foreverVM', 'Systems depth / Contribute a fix to an open-source database']);
    const count = roadmap.groups.reduce((n, g) => n + g.items.length, 0);
    expect(lanes.reduce((n, l) => n + l.cards.length, 0)).toBe(count);
  });

  it('Timeline: the milestones are overdue, undated items have no date', () => {
    const lanes = buildLanes(roadmap, choices({ grouping: 'timeline' }), TODAY);
    expect(lanes.map((l) => l.title)).toEqual(['Overdue', 'This week', 'This month', 'This quarter', 'Later', 'No date', 'Done']);
    expect(lanes[0].cards.map((c) => c.item.title)).toEqual(['Effect.ts used in production (OctoSpark)', 'Complete interpreter book', 'Complete compiler book', 'Linux debugging proficiency']);
    expect(lanes[0].cards.every((c) => c.due === 'overdue')).toBe(true);
    // Done and cancelled cards are never in a time lane; they gather in Done (with show done).
    const closed = roadmap.groups.flatMap((g) => g.items).filter((i) => i.state === 'done' || i.state === 'cancelled');
    expect(lanes[6].cards.map((c) => c.item)).toEqual(closed);
    expect(lanes.slice(0, 6).flatMap((l) => l.cards).some((c) => c.item.state === 'done')).toBe(false);
    expect(buildLanes(roadmap, choices({ grouping: 'timeline', showDone: false }), TODAY).map((l) => l.title)).not.toContain('Done');
  });

  it('Timeline: a done item past its date is not overdue, and its lane count is its cards', () => {
    const note = { path: 'n.md', title: 'n', tags: [] };
    const item = (title: string, due: string, state: 'done' | 'todo') => ({ title, path: 'n.md', line: 1, done: state === 'done', state, status: null, priority: null, due, start: null, doneDate: null, scheduled: null, created: null, cancelledDate: null, recurrence: null, id: null, dependsOn: null, links: [], fields: {}, tasks: [], progress: { done: 0, total: 0 }, ref: null });
    const small: Roadmap = { notes: [note], checkins: [], links: [], groups: [{ title: 'G', path: 'n.md', line: 1, due: null, progress: { done: 1, total: 2 }, items: [item('shipped', '2026-01-01', 'done'), item('late', '2026-01-02', 'todo')] }] };
    const lanes = buildLanes(small, choices({ grouping: 'timeline' }), TODAY);
    expect(lanes[0].cards.map((c) => c.item.title)).toEqual(['late']);
    expect(lanes.find((l) => l.title === 'Done')!.cards.map((c) => c.item.title)).toEqual(['shipped']);
  });

  it('filter keywords: is:, due:, #tag and note:', () => {
    const all = (filter: string, grouping: BoardChoices['grouping'] = 'status') => buildLanes(roadmap, choices({ filter, grouping }), TODAY).flatMap((l) => l.cards.map((c) => c.item.title));
    expect(all('is:overdue')).toEqual(['Effect.ts used in production (OctoSpark)', 'Complete interpreter book', 'Complete compiler book', 'Linux debugging proficiency']);
    expect(all('is:doing')).toEqual(['Writing an Interpreter in Go', 'Effect.ts Docs', 'Write a storage engine from scratch']);
    expect(all('is:done').length).toBe(3);
    const count = roadmap.groups.reduce((n, g) => n + g.items.length, 0);
    expect(all('is:todo').length + all('is:doing').length + all('is:done').length + all('is:cancelled').length).toBe(count);
    expect(all('is:doing go')).toEqual(['Writing an Interpreter in Go']);
    expect(all('note:proj is:done')).toEqual(['PubSub system in Rust', 'gVisor - foreverVM']);
    expect(all('note:"long term"').length).toBeGreaterThan(0);
    expect(all('note:"long term"').every((t) => !all('note:proj').includes(t))).toBe(true);
    // A note tag matches every item of the note (both of these notes are #projects); no note has #nothing.
    expect(all('#projects').sort()).toEqual([...all('note:projects'), ...all('note:long')].sort());
    expect(all('#nothing')).toEqual([]);
    // An unknown keyword is a plain word.
    expect(all('is:nonsense')).toEqual([]);
  });

  it('due:week and due:month take open items due from today to the end of the week or month', () => {
    const on = (due: string, state: 'todo' | 'done' = 'todo') => ({ due, state });
    expect(dueWithin(on('2026-11-29'), 'week', TODAY)).toBe(true);
    expect(dueWithin(on('2026-11-30'), 'week', TODAY)).toBe(false);
    expect(dueWithin(on('2026-11-30'), 'month', TODAY)).toBe(true);
    expect(dueWithin(on('2026-11-22'), 'week', TODAY)).toBe(false);
    expect(dueWithin(on('2026-11-25', 'done'), 'week', TODAY)).toBe(false);
    expect(dueWithin(on('2026-12-01'), 'month', TODAY)).toBe(false);
    expect(parseFilter('Is:Doing #Work note:"My Plan" due:month rust')).toEqual({ words: ['rust'], states: ['doing'], overdue: false, due: ['month'], tags: ['work'], notes: ['my plan'] });
  });

  it('the summary counts open overdue, due this week and doing items of the notes shown', () => {
    expect(boardSummary(roadmap, [], TODAY)).toEqual({ overdue: 4, week: 0, doing: 3 });
    expect(boardSummary(roadmap, ['Projects.md'], TODAY)).toEqual({ overdue: 0, week: 0, doing: 0 });
    expect(boardSummary(roadmap, [], '2026-03-25')).toMatchObject({ overdue: 0, week: 0 });
    expect(boardSummary(roadmap, [], '2026-03-30')).toMatchObject({ overdue: 0, week: 2 });
  });

  it('filters by title, group, status and task text, case-insensitively', () => {
    // "gVisor internals" is a task of a card in long term bets.
    expect(titles(buildLanes(roadmap, choices({ filter: 'GVISOR' }), TODAY))).toEqual(['ML Infra / AI Infra: gVisor - foreverVM', 'Writing: Publish one deep-dive post a month']);
    expect(titles(buildLanes(roadmap, choices({ filter: 'mcp server' }), TODAY))).toEqual(['ML Infra / AI Infra: gVisor - foreverVM']);
    expect(titles(buildLanes(roadmap, choices({ filter: 'queued' }), TODAY))).toEqual(['Resources: Writing a Compiler in Go']);
    expect(buildLanes(roadmap, choices({ filter: 'go', grouping: 'groups' }), TODAY).map((l) => l.title)).toContain('Go');
  });

  it('hides done items but keeps the lane counts', () => {
    const lanes = buildLanes(roadmap, choices({ showDone: false }), TODAY);
    const distributed = lanes.find((l) => l.title === 'To get into a distributed systems role')!;
    expect(distributed.cards.map((c) => c.item.title)).not.toContain('PubSub system in Rust');
    expect(distributed.cards).toHaveLength(6);
    expect(distributed.progress).toEqual({ done: 1, total: 7 });
  });

  it('shows only the picked notes', () => {
    const lanes = buildLanes(roadmap, choices({ notes: ['Projects.md'] }), TODAY);
    expect(new Set(lanes.map((l) => l.path))).toEqual(new Set(['Projects.md']));
  });

  it('keeps card keys when lines move and tells equal titles apart', () => {
    const keys = buildLanes(roadmap, choices(), TODAY).flatMap((l) => l.cards.map((c) => c.key));
    expect(new Set(keys).size).toBe(keys.length);
    const shifted: Roadmap = { ...roadmap, groups: roadmap.groups.map((g) => ({ ...g, line: g.line + 3, items: g.items.map((i) => ({ ...i, line: i.line + 3 })) })) };
    expect(buildLanes(shifted, choices(), TODAY).flatMap((l) => l.cards.map((c) => c.key))).toEqual(keys);
  });
});

describe('timelineLane', () => {
  it('buckets by the ISO week, month and quarter of today', () => {
    const today = '2026-11-25'; // Wednesday
    expect(timelineLane('2026-11-24', today)).toBe('Overdue');
    expect(timelineLane('2026-11-25', today)).toBe('This week');
    expect(timelineLane('2026-11-29', today)).toBe('This week'); // Sunday
    expect(timelineLane('2026-11-30', today)).toBe('This month');
    expect(timelineLane('2026-12-31', today)).toBe('This quarter');
    expect(timelineLane('2027-01-01', today)).toBe('Later');
    expect(timelineLane(null, today)).toBe('No date');
  });
});

describe('neighbourState', () => {
  it('steps through the Status columns and stops at the ends', () => {
    expect(neighbourState('todo', 1)).toBe('doing');
    expect(neighbourState('done', -1)).toBe('doing');
    expect(neighbourState('todo', -1)).toBeNull();
    expect(neighbourState('done', 1)).toBeNull();
  });
});
