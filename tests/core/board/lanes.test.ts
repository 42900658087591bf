import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FsVault } from '../../../src/cli/fsVault';
import { indexVault } from '../../../src/core/index/indexVault';
import type { Roadmap } from '../../../src/core/model/types';
import { makeSettings } from '../../../src/core/settings';
import { buildLanes, neighbourState, timelineLane, type BoardChoices } from '../../../src/core/board/lanes';
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
    expect(lanes.map((l) => l.title)).toEqual(['Overdue', 'This week', 'This month', 'This quarter', 'Later', 'No date']);
    expect(lanes[0].cards.map((c) => c.item.title)).toEqual(['Effect.ts used in production (OctoSpark)', 'Complete interpreter book', 'Complete compiler book', 'Linux debugging proficiency']);
    expect(lanes[0].cards.every((c) => c.due === 'overdue')).toBe(true);
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
