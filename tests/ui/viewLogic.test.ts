import { beforeAll, describe, expect, it } from 'vitest';
import { FsVault } from '../../src/cli/fsVault';
import { indexVault } from '../../src/core/index/indexVault';
import type { Roadmap } from '../../src/core/model/types';
import { makeSettings } from '../../src/core/settings';
import { readViewState } from '../../src/ui/board/viewState';
import { linkedNotes } from '../../src/ui/board/linkedNotes';
import { dueSections, inProgress, isDirty, questionBlocks } from '../../src/ui/checkin/checkinModel';
import { readTimelineChoices } from '../../src/ui/timeline/choices';
import { dueText, formatDate, linkTarget, progressLabel, weekDays } from '../../src/ui/format';
import { makeVault } from '../helpers/tempVault';

// The views' logic that lives in TypeScript, over a model read from real files: what the
// check-in lists as due, what the board keeps across reloads, which linked notes it shows.

const ROADMAP = [
  '---',
  'tags: [roadmap]',
  '---',
  '# Plan',
  '',
  '## Ship',
  '',
  '- [ ] Sunday item 📅 2026-12-13',
  '- [ ] Monday after 📅 2026-12-14',
  '- [ ] Monday item 📅 2026-12-07',
  '- [ ] Past item 📅 2026-12-01',
  '- [/] Under way 📅 2026-12-09',
  '- [x] Done item 📅 2026-12-10',
  '- [-] Dropped item 📅 2026-12-11',
  '- [ ] Undated item',
  '- [ ] Thursday item [[Spec]] and [[Missing note]] 📅 2026-12-10',
  '- [ ] Back to the top of [[Plan]]',
  '',
  '## Check-in',
  '',
  '- What moved this week?',
  '- What is blocked?',
  '',
].join('\n');

const OTHER = ['---', 'tags: [roadmap]', '---', '# Side', '', '## Bets', '', '- [/] Side quest [[Spec]] [[side/Deep]] [[missing NOTE]] [[Another missing]] 📅 2026-12-12', '', '## Weekly check-in', '', '- Which bet paid off?', ''].join('\n');

let roadmap: Roadmap;
beforeAll(async () => {
  const dir = makeVault({ 'Plan.md': ROADMAP, 'Side.md': OTHER, 'Spec.md': '# Spec\n', 'side/Deep.md': 'deep\n' });
  roadmap = (await indexVault(new FsVault(dir), makeSettings())).roadmap;
});

const titles = (cards: { item: { title: string } }[]) => cards.map((c) => c.item.title);

describe('the check-in’s due sections', () => {
  it('this week: from today to Sunday inclusive, the next Monday not; past ones overdue; closed ones in neither', () => {
    const { overdue, due } = dueSections(roadmap, '2026-12-07', '2026-12-09');
    expect(titles(overdue)).toEqual(['Past item', 'Monday item']);
    expect(titles(due)).toEqual(['Under way', 'Thursday item Spec and Missing note', 'Side quest Spec side/Deep missing NOTE Another missing', 'Sunday item']);
    expect(overdue.every((c) => c.due === 'overdue')).toBe(true);
    expect(due[0]).toMatchObject({ group: 'Ship', key: 'Plan.md\u241f0\u241f4' });
  });

  it('another week: Monday to Sunday, whatever today is', () => {
    const { overdue, due } = dueSections(roadmap, '2026-12-07', '2026-11-30');
    expect(titles(overdue)).toEqual([]);
    expect(titles(due)).toEqual(['Monday item', 'Under way', 'Thursday item Spec and Missing note', 'Side quest Spec side/Deep missing NOTE Another missing', 'Sunday item']);
    const next = dueSections(roadmap, '2026-12-14', '2026-12-09');
    expect(titles(next.due)).toEqual(['Monday after']);
  });

  it('today on the Sunday: only the Sunday is still due', () => {
    expect(titles(dueSections(roadmap, '2026-12-07', '2026-12-13').due)).toEqual(['Sunday item']);
    // A week that crosses a month and a year end at its Sunday too.
    const year = dueSections(roadmap, '2026-12-28', '2026-12-01');
    expect(year.due).toEqual([]);
  });

  it('items in progress and question blocks per note', () => {
    expect(inProgress(roadmap).map((i) => i.title)).toEqual(['Under way', 'Side quest Spec side/Deep missing NOTE Another missing']);
    const blocks = questionBlocks(roadmap);
    expect(blocks.map((b) => [b.path, b.title, b.questions.map((q) => q.text)])).toEqual([
      ['Plan.md', 'Plan', ['What moved this week?', 'What is blocked?']],
      ['Side.md', 'Side', ['Which bet paid off?']],
    ]);
  });

  it('dirty only when a trimmed draft differs from what the note holds', () => {
    const qs = ['a', 'b'];
    expect(isDirty({}, {}, qs)).toBe(false);
    expect(isDirty({ a: ' x ' }, { a: 'x' }, qs)).toBe(false);
    expect(isDirty({ a: 'x' }, {}, qs)).toBe(true);
    expect(isDirty({}, { b: 'y' }, qs)).toBe(true);
    expect(isDirty({ b: 'y' }, { b: ' y\n' }, qs)).toBe(false);
    expect(isDirty({ c: 'z' }, {}, qs)).toBe(false);
  });
});

describe('linked notes', () => {
  it('each resolved note once, unresolved ones by name, not the note itself, only from the notes shown', () => {
    const all = linkedNotes(roadmap, []);
    expect(all.map((l) => [l.target, l.resolved, l.from])).toEqual([
      ['Spec', 'Spec.md', 'Plan.md'],
      ['Missing note', null, 'Plan.md'],
      ['side/Deep', 'side/Deep.md', 'Side.md'],
      ['Another missing', null, 'Side.md'],
    ]);
    expect(linkedNotes(roadmap, ['Side.md']).map((l) => l.target)).toEqual(['Spec', 'side/Deep', 'missing NOTE', 'Another missing']);
  });
});

describe('saved view state', () => {
  const defaults = { grouping: 'status', showDone: false } as const;
  it('keeps each valid field and defaults the rest', () => {
    expect(readViewState(null, defaults)).toEqual({ grouping: 'status', filter: '', notes: [], showDone: false, collapsed: [], expanded: [] });
    expect(readViewState('x', defaults).grouping).toBe('status');
    const good = { grouping: 'timeline', filter: 'is:doing', notes: ['Plan.md'], showDone: true, collapsed: ['a'], expanded: ['b'] };
    expect(readViewState(good, defaults)).toEqual(good);
    const bad = { grouping: 'lanes', filter: 7, notes: ['a', 3], showDone: 'yes', collapsed: 'a', expanded: [null] };
    expect(readViewState(bad, defaults)).toEqual({ grouping: 'status', filter: '', notes: [], showDone: false, collapsed: [], expanded: [] });
    for (const grouping of ['groups', 'status', 'timeline']) expect(readViewState({ grouping }, { grouping: 'groups', showDone: true }).grouping).toBe(grouping);
  });

  it('cuts what a hand-edited file made too long', () => {
    const state = readViewState({ filter: 'x'.repeat(300), collapsed: Array.from({ length: 600 }, (_, i) => `k${i}`) }, defaults);
    expect(state.filter).toHaveLength(200);
    expect(state.collapsed).toHaveLength(500);
    expect(state.collapsed[499]).toBe('k499');
  });

  it('the timeline keeps a known zoom and a real date', () => {
    expect(readTimelineChoices(undefined)).toEqual({ zoom: 'year', anchor: null });
    for (const zoom of ['quarter', 'month', 'year']) expect(readTimelineChoices({ zoom }).zoom).toBe(zoom);
    expect(readTimelineChoices({ zoom: 'week', anchor: '2026-12-07' })).toEqual({ zoom: 'year', anchor: '2026-12-07' });
    for (const anchor of ['2026-13-45', '07-12-2026', 'x2026-12-07', '2026-12-07x', 20261207]) expect(readTimelineChoices({ anchor }).anchor).toBeNull();
  });
});

describe('words the views show', () => {
  it('dates, weeks, badges and counts', () => {
    expect(formatDate('2025-03-02')).toBe('2 Mar 2025');
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
    expect(weekDays('2026-11-23')).toBe('23–29 Nov 2026');
    expect(weekDays('2026-11-30')).toBe('30 Nov – 6 Dec 2026');
    expect(weekDays('2026-12-28')).toBe('28 Dec 2026 – 3 Jan 2027');
    expect(dueText('2026-12-07', 'none' as never)).toBe('due 7 Dec 2026');
    expect(progressLabel(3, 7)).toBe('3 of 7 done');
  });

  it('link targets: web links by host, notes by name, anything else nothing', () => {
    expect(linkTarget(' http://example.org/a?b#c ')).toEqual({ kind: 'url', href: 'http://example.org/a?b#c', label: 'example.org' });
    expect(linkTarget('https://a b')).toBeNull();
    expect(linkTarget('C:/notes/x')).toEqual({ kind: 'note', target: 'C:/notes/x', label: 'x' });
    expect(linkTarget('x.md')).toEqual({ kind: 'note', target: 'x.md', label: 'x' });
    expect(linkTarget('folder/')).toEqual({ kind: 'note', target: 'folder/', label: 'folder/' });
    // Only a link that starts with its scheme is one; a note may hold a colon or ".md" mid-name.
    expect(linkTarget('notes on https://example.org')).toMatchObject({ kind: 'note', label: 'example.org' });
    expect(linkTarget('Meeting 10:30')).toMatchObject({ kind: 'note', label: 'Meeting 10:30' });
    expect(linkTarget('drafts/a.mdx')).toMatchObject({ kind: 'note', label: 'a.mdx' });
  });
});
