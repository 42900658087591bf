// Progress history and stale items (SPEC §4, issue 21): what each saved check-in records,
// the weekly note's `roadmap:` frontmatter, the history rebuilt from the notes alone, and
// the items that have not moved for three check-ins.
import { describe, expect, it } from 'vitest';
import { Checkins, type CheckinHost } from '../../../src/core/checkin/checkins';
import { formatDate } from '../../../src/core/checkin/dateFormat';
import { readProgress, writeProgress } from '../../../src/core/checkin/frontmatterProgress';
import { emptyHistory, mergeHistories, readHistory, recordCheckin, type CheckinHistory } from '../../../src/core/checkin/history';
import { groupNames, groupProgress, itemSignatures } from '../../../src/core/checkin/progress';
import { progressSeries, staleItems, stillOnIt } from '../../../src/core/checkin/stale';
import { shiftWeek } from '../../../src/core/checkin/week';
import { indexVault } from '../../../src/core/index/indexVault';
import type { Roadmap } from '../../../src/core/model/types';
import { makeSettings } from '../../../src/core/settings';
import { MemoryVault } from '../../fakes/memoryVault';

const plan = (tasksDone: number) =>
  [
    '#roadmap',
    '',
    '## Build',
    `- [/] Parser`,
    `- [${tasksDone > 1 ? 'x' : ' '}] Engine`,
    `  - [${tasksDone > 0 ? 'x' : ' '}] one`,
    `  - [${tasksDone > 1 ? 'x' : ' '}] two`,
    '- [x] Docs',
    '',
    '## Weekly review',
    '- What moved?',
    '',
  ].join('\n');
const other = '#roadmap\n\n## Build\n- [ ] Elsewhere\n';

async function roadmapOf(notes: Record<string, string>): Promise<Roadmap> {
  return (await indexVault(new MemoryVault(notes), makeSettings())).roadmap;
}

function host(notes = new Map<string, string>()) {
  let history: CheckinHistory = emptyHistory();
  const value: CheckinHost = {
    files: {
      read: async (path) => notes.get(path) ?? null,
      create: async (path, text) => void notes.set(path, text),
      apply: async (path, edit) => {
        const result = edit(notes.get(path)!);
        if (!result.ok) return result;
        notes.set(path, result.text);
        return { ok: true };
      },
    },
    readConfigJson: async () => null,
    configDir: '.obsidian',
    format: formatDate,
    settings: () => makeSettings(),
    history: () => history,
    saveHistory: async (next) => {
      history = next;
    },
  };
  return { value, notes, history: () => history };
}

const W = (week: number) => ({ year: 2026, week });

describe('what a check-in records', () => {
  it('each group by a readable name (the note’s when titles repeat), and the signature of each item under way', async () => {
    const roadmap = await roadmapOf({ 'Plan.md': plan(1), 'Other.md': other });
    expect([...groupNames(roadmap).values()]).toEqual(['Build (Other)', 'Build (Plan)']);
    expect(groupProgress(roadmap)).toEqual({ 'Build (Other)': [0, 1], 'Build (Plan)': [1, 3] });
    expect(itemSignatures(roadmap)).toEqual({ 'Plan.md\u241fBuild\u241fParser': 'doing  0/0', 'Plan.md\u241fBuild\u241fEngine': 'doing  1/2' });
    const history = recordCheckin(emptyHistory(), W(48), roadmap, '2026-11-27');
    expect(history.records[0]).toMatchObject({ week: '2026-W48', groups: { 'Build (Plan)': [1, 3] }, items: { 'Plan.md\u241fBuild\u241fParser': 'doing  0/0' } });
    // Read back from data as saved: kept whole; broken parts dropped, never thrown on.
    expect(readHistory(JSON.parse(JSON.stringify(history)))).toEqual(history);
    expect(readHistory({ records: [{ week: '2026-W48', savedAt: 'x', done: [], groups: { a: [1] }, items: { b: 3 } }], still: { k: 'soon' } })).toEqual({ version: 1, records: [{ week: '2026-W48', savedAt: 'x', done: [] }] });
  });
});

describe('the weekly note’s roadmap-progress: frontmatter', () => {
  it('is added, replaced in place, and read back, leaving every other byte', () => {
    const groups: Record<string, [number, number]> = { Milestones: [0, 4], 'Current Focus (Jan-Mar 2026)': [1, 3], 'a: b': [2, 2], true: [0, 1] };
    const bare = '# Week\n\nbody\n';
    const added = writeProgress(bare, groups);
    expect(added.ok && added.text).toBe('---\nroadmap-progress:\n  Milestones: 0/4\n  Current Focus (Jan-Mar 2026): 1/3\n  "a: b": 2/2\n  "true": 0/1\n---\n# Week\n\nbody\n');
    expect(readProgress(added.ok ? added.text : '')).toEqual(groups);
    const fm = '---\r\ntags: [weekly]\r\nroadmap-progress:\r\n  Old: 1/2\r\n  Gone: 0/1\r\ncreated: 2026-11-23\r\n---\r\nbody\r\n';
    const replaced = writeProgress(fm, { Old: [2, 2] });
    expect(replaced.ok && replaced.text).toBe('---\r\ntags: [weekly]\r\nroadmap-progress:\r\n  Old: 2/2\r\ncreated: 2026-11-23\r\n---\r\nbody\r\n');
    expect(replaced.ok && replaced.changes).toEqual([{ from: fm.indexOf('roadmap-progress:'), to: fm.indexOf('created:'), insert: 'roadmap-progress:\r\n  Old: 2/2\r\n' }]);
    expect(writeProgress(replaced.ok ? replaced.text : '', { Old: [2, 2] })).toMatchObject({ ok: true, changes: [] });
    const appended = writeProgress('---\ntags: [a]\n---\nbody', { X: [0, 0] });
    expect(appended.ok && appended.text).toBe('---\ntags: [a]\nroadmap-progress:\n  X: 0/0\n---\nbody');
    expect(writeProgress('---\nunclosed\n', { X: [0, 0] }).ok).toBe(false);
    expect(readProgress('no frontmatter')).toBeNull();
    expect(readProgress('---\nroadmap-progress:\n  A: 3/2\n  B: x\n  C: 1 / 4\n---\n')).toEqual({ C: [1, 4] });
  });

  it('an old roadmap: map is still read, and replaced by roadmap-progress on the next save; a roadmap: flag is left alone', () => {
    const old = '---\ntags: [weekly]\nroadmap:\n  Build: 1/3\ncreated: 2026-11-23\n---\nbody\n';
    expect(readProgress(old)).toEqual({ Build: [1, 3] });
    const migrated = writeProgress(old, { Build: [2, 3] });
    expect(migrated.ok && migrated.text).toBe('---\ntags: [weekly]\nroadmap-progress:\n  Build: 2/3\ncreated: 2026-11-23\n---\nbody\n');
    // Both keys (a note edited by two versions): one map stays, the new one.
    const both = '---\nroadmap:\n  Build: 1/3\nroadmap-progress:\n  Build: 2/3\n---\n';
    expect(readProgress(both)).toEqual({ Build: [2, 3] });
    const cleaned = writeProgress(both, { Build: [3, 3] });
    expect(cleaned.ok && cleaned.text).toBe('---\nroadmap-progress:\n  Build: 3/3\n---\n');
    // A weekly note that is also a roadmap note keeps its flag.
    const flagged = writeProgress('---\nroadmap: true\n---\nbody', { X: [0, 1] });
    expect(flagged.ok && flagged.text).toBe('---\nroadmap: true\nroadmap-progress:\n  X: 0/1\n---\nbody');
    expect(readProgress('---\nroadmap: true\n---\n')).toBeNull();
  });

  it('is written by a save with the answers, in one edit; the history is rebuilt from the notes alone, identically', async () => {
    const h = host();
    const checkins = new Checkins(h.value);
    for (const [week, done] of [[46, 0], [47, 1], [48, 2]] as const) {
      const roadmap = await roadmapOf({ 'Plan.md': plan(done) });
      expect((await checkins.save(W(week), roadmap, [{ question: 'What moved?', answer: `week ${week}` }], `2026-11-${week - 20}`)).ok).toBe(true);
    }
    const note = h.notes.get('Check-ins/2026-W48.md')!;
    expect(note.startsWith('---\nroadmap-progress:\n  Build: 2/3\n---\n')).toBe(true);
    expect(note).toContain('## What moved?\n\nweek 48\n');
    const rebuilt = await new Checkins(host(h.notes).value).historyFromNotes(W(48), 10);
    expect(rebuilt.records.map((r) => [r.week, r.groups])).toEqual(h.history().records.map((r) => [r.week, r.groups]));
    expect(progressSeries(rebuilt, await roadmapOf({ 'Plan.md': plan(2) }))).toEqual([
      { group: 'Build', path: 'Plan.md', points: [{ week: '2026-W46', done: 1, total: 3 }, { week: '2026-W47', done: 1, total: 3 }, { week: '2026-W48', done: 2, total: 3 }] },
    ]);
  });
});

describe('stale items', () => {
  async function saved(weeks: [number, number][]) {
    let history = emptyHistory();
    for (const [week, done] of weeks) history = recordCheckin(history, W(week), await roadmapOf({ 'Plan.md': plan(done) }), '2026-11-01');
    return history;
  }

  it('an item under way, unchanged across the last three check-ins and now, is stale; one that moved is not', async () => {
    const history = await saved([[45, 1], [46, 1], [47, 1]]);
    const now = await roadmapOf({ 'Plan.md': plan(1) });
    expect(staleItems(history, now, W(48)).map((s) => s.item.title)).toEqual(['Parser', 'Engine']);
    // Engine moved this week (its second task and itself done): not stale; Parser still is.
    expect(staleItems(history, await roadmapOf({ 'Plan.md': plan(2) }), W(48)).map((s) => s.item.title)).toEqual(['Parser']);
    // Two check-ins are not enough to say.
    expect(staleItems(await saved([[46, 1], [47, 1]]), now, W(48))).toEqual([]);
    // A change two weeks ago: not stale yet.
    expect(staleItems(await saved([[45, 0], [46, 1], [47, 1]]), now, W(48)).map((s) => s.item.title)).toEqual(['Parser']);
    // Check-ins after the week asked about do not count.
    expect(staleItems(await saved([[44, 1], [45, 1], [46, 1], [49, 0]]), now, W(47)).map((s) => s.item.title)).toEqual(['Parser', 'Engine']);
    // N is a setting.
    expect(staleItems(await saved([[46, 1], [47, 1]]), now, W(48), 2).map((s) => s.item.title)).toEqual(['Parser', 'Engine']);
  });

  it('"Still on it" stops the question for three weeks, and merges across devices by the later week', async () => {
    const history = await saved([[45, 1], [46, 1], [47, 1]]);
    const now = await roadmapOf({ 'Plan.md': plan(1) });
    const [parser] = staleItems(history, now, W(48));
    const quiet = stillOnIt(history, parser.key, W(48));
    expect(quiet.still).toEqual({ [parser.key]: '2026-W51' });
    expect(staleItems(quiet, now, W(50)).map((s) => s.item.title)).toEqual(['Engine']);
    expect(staleItems(quiet, now, W(51)).map((s) => s.item.title)).toEqual(['Parser', 'Engine']);
    const earlier = stillOnIt(history, parser.key, shiftWeek(W(48), -2));
    expect(mergeHistories(earlier, quiet).still).toEqual({ [parser.key]: '2026-W51' });
    expect(mergeHistories(quiet, earlier).still).toEqual({ [parser.key]: '2026-W51' });
    expect(mergeHistories(emptyHistory(), emptyHistory()).still).toBeUndefined();
  });
});
