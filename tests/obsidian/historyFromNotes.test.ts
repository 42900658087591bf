import { describe, expect, it } from 'vitest';
import { shiftWeek, weekLabel, weekOfDate } from '../../src/core/checkin/week';
import { localIsoDate } from '../../src/core/parse/dates';
import { App } from '../fakes/obsidian';
import { seedExample, startPlugin } from '../helpers/plugin';

// SPEC §4: the progress history survives a reinstall — with no check-in in the plugin's
// data, it is read back from the weekly notes' `roadmap:` frontmatter.
describe('progress history without plugin data', () => {
  it('is read back from the weekly notes and kept in the data', async () => {
    const app = new App();
    seedExample(app);
    const last = weekLabel(shiftWeek(weekOfDate(localIsoDate(new Date())), -1));
    app.vault.seed(`Check-ins/${last}.md`, '---\nroadmap:\n  Milestones: 1/4\n  Objectives: 0/4\n---\n# Week\n');
    const plugin = await startPlugin(app);
    const history = () => (plugin as unknown as { history: { records: { week: string; groups?: unknown }[] } }).history;
    await expect.poll(() => history().records.length).toBe(1);
    expect(history().records[0]).toMatchObject({ week: last, groups: { Milestones: [1, 4], Objectives: [0, 4] } });
    expect((plugin as unknown as { data: { checkins: { records: unknown[] } } }).data.checkins.records).toHaveLength(1);
  });

  it('is not read from the notes when the data has check-ins', async () => {
    const app = new App();
    seedExample(app);
    const last = weekLabel(shiftWeek(weekOfDate(localIsoDate(new Date())), -1));
    app.vault.seed(`Check-ins/${last}.md`, '---\nroadmap:\n  Milestones: 1/4\n---\n');
    const plugin = await startPlugin(app, { version: 1, checkins: { version: 1, records: [{ week: '2026-W01', savedAt: '2026-01-02', done: [] }] } });
    await new Promise((r) => setTimeout(r, 50));
    expect((plugin as unknown as { history: { records: { week: string }[] } }).history.records.map((r) => r.week)).toEqual(['2026-W01']);
  });
});
