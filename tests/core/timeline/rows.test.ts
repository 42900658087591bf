import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FsVault } from '../../../src/cli/fsVault';
import { indexVault } from '../../../src/core/index/indexVault';
import type { Roadmap } from '../../../src/core/model/types';
import { makeSettings } from '../../../src/core/settings';
import { timelineOf } from '../../../src/core/timeline/rows';
import { makeVault } from '../../helpers/tempVault';

const TODAY = '2026-11-23';
let roadmap: Roadmap;
beforeAll(async () => {
  roadmap = (await indexVault(new FsVault(join(__dirname, '../../../example-vault')), makeSettings())).roadmap;
});

describe('timelineOf over the example vault', () => {
  it('a row per group with dated items; milestones are diamonds; the rest listed as undated', () => {
    const timeline = timelineOf(roadmap, TODAY);
    expect(timeline.rows.map((r) => `${r.note} / ${r.group}`)).toEqual([
      '2026 Systems Engineering Roadmap / Milestones',
      'Projects / To get into a distributed systems role',
      'long term bets / Systems depth',
    ]);
    const milestones = timeline.rows[0].items;
    expect(milestones.map((i) => [i.title, i.due, i.diamond, i.milestone, i.overdue])).toEqual([
      ['Effect.ts used in production (OctoSpark)', '2026-03-31', true, true, true],
      ['Complete interpreter book', '2026-03-31', true, true, true],
      ['Complete compiler book', '2026-06-30', true, true, true],
      ['Linux debugging proficiency', '2026-06-30', true, true, true],
    ]);
    // A group with only its own due date is a row (its flag), with no items.
    expect(timeline.rows[1]).toMatchObject({ due: '2025-03-12', items: [] });
    expect(timeline.rows[2].items.map((i) => [i.title, i.start, i.due, i.state, i.diamond])).toEqual([['Write a storage engine from scratch', null, '2027-06-30', 'doing', true]]);
    const dated = timeline.rows.reduce((n, r) => n + r.items.length, 0);
    expect(dated + timeline.undated.length).toBe(roadmap.groups.reduce((n, g) => n + g.items.length, 0));
    expect(timeline.span).toEqual({ from: '2025-03-12', to: '2027-06-30' });
  });
});

describe('timelineOf, bars and diamonds', () => {
  it('a start and a due make a bar; one date, a start after the due, or a milestone word, a diamond', async () => {
    const dir = makeVault({
      'Plan.md': ['#roadmap', '', '## Work', '- [ ] Build 🛫 2026-01-05 📅 2026-03-31', '- [ ] Only start 🛫 2026-02-01', '- [ ] Backwards 🛫 2026-05-01 📅 2026-04-01', '- [ ] Beta milestone 📅 2026-06-30', '- [x] Shipped 🛫 2026-01-01 📅 2026-01-31', '- [ ] One day 🛫 2026-02-10 📅 2026-02-10', ''].join('\n'),
    });
    const { roadmap: plan } = await indexVault(new FsVault(dir), makeSettings());
    const [row] = timelineOf(plan, TODAY).rows;
    expect(row.items.map((i) => [i.title, i.start, i.due, i.diamond, i.milestone, i.overdue])).toEqual([
      ['Build', '2026-01-05', '2026-03-31', false, false, true],
      ['Only start', '2026-02-01', null, true, false, false],
      ['Backwards', null, '2026-04-01', true, false, true],
      ['Beta milestone', null, '2026-06-30', true, true, true],
      ['Shipped', '2026-01-01', '2026-01-31', false, false, false],
      // Starting and due on one day: a bar one day long, not a diamond.
      ['One day', '2026-02-10', '2026-02-10', false, false, true],
    ]);
    expect(timelineOf({ notes: [], groups: [], checkins: [], links: [] }, TODAY)).toEqual({ rows: [], undated: [], span: null });
  });
});

describe('timelineOf, rows and span', () => {
  it('the span runs from the earliest date to the latest, whatever their order; twin groups get distinct keys', async () => {
    const dir = makeVault({
      'Plan.md': ['#roadmap', '', '## Work', '- [ ] Middle 📅 2026-06-01', '- [ ] Latest 📅 2026-09-30', '- [ ] Earliest start 🛫 2026-02-01 📅 2026-05-01', '- [ ] Between 📅 2026-07-01', '- [ ] Same day 🛫 2026-08-01 📅 2026-08-01', '', '## Work', '- [ ] Again 📅 2026-06-02', '', '## Empty', '- [ ] No date', ''].join('\n'),
    });
    const { roadmap: plan } = await indexVault(new FsVault(dir), makeSettings());
    const timeline = timelineOf(plan, TODAY);
    expect(timeline.span).toEqual({ from: '2026-02-01', to: '2026-09-30' });
    expect(timeline.rows.map((r) => r.key)).toEqual(['Plan.md\u241fWork\u241f0', 'Plan.md\u241fWork\u241f1']);
    expect(timeline.undated.map((i) => i.title)).toEqual(['No date']);
    // A start on the due day is still a bar (one day long), not a diamond.
    expect(timeline.rows[0].items.find((i) => i.title === 'Same day')).toMatchObject({ start: '2026-08-01', due: '2026-08-01', diamond: false });
    expect(timelineOf({ ...plan, groups: plan.groups.slice(2) }, TODAY).span).toBeNull();
  });
});
