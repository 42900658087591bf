import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, flushSaves, notices } from '../fakes/obsidian';
import { seedExample, startPlugin } from '../helpers/plugin';
import type RoadmapBoardPlugin from '../../src/main';

// The plugin's own commands as the palette runs them, over the fake of Obsidian.
afterEach(async () => {
  vi.useRealTimers();
  await flushSaves();
});

const run = (plugin: RoadmapBoardPlugin, id: string) => (plugin as unknown as { commands: { id: string; callback: () => void }[] }).commands.find((c) => c.id === id)!.callback();
const until = async (check: () => boolean) => {
  for (let waited = 0; !check() && waited < 3000; waited += 5) await new Promise((r) => setTimeout(r, 5));
};

describe("open this week's note", () => {
  it('creates the note of the local week in its folder from the template, opens it, and opens it again without a second note', async () => {
    const app = new App();
    seedExample(app);
    const plugin = await startPlugin(app);
    // Monday 7 December 2026, half past midnight where the person is: week 50 here, while
    // in UTC east of Greenwich it is still Sunday of week 49.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 7, 0, 30));
    run(plugin, 'open-weekly-note');
    await until(() => app.workspace.opened.length > 0);
    expect(app.workspace.opened.map((o) => o.path)).toEqual(['Check-ins/2026-W50.md']);
    const note = app.vault.contents.get('Check-ins/2026-W50.md')!;
    expect(note).toContain('What concept did I learn that I can explain to someone else?');
    const files = app.vault.contents.size;
    run(plugin, 'open-weekly-note');
    await until(() => app.workspace.opened.length > 1);
    expect(app.workspace.opened.map((o) => o.path)).toEqual(['Check-ins/2026-W50.md', 'Check-ins/2026-W50.md']);
    // In the tab in use, as a link opens: no new tab asked for.
    expect(app.workspace.leaves.map((l) => l.askedAs)).not.toContain(true);
    expect(app.vault.contents.size).toBe(files);
    expect(app.vault.contents.get('Check-ins/2026-W50.md')).toBe(note);
  });

  it('says why when the note cannot be made, and makes nothing', async () => {
    const app = new App();
    seedExample(app);
    const plugin = await startPlugin(app, { weeklyTemplate: 'Templates/Missing.md' });
    notices.length = 0;
    const files = app.vault.contents.size;
    run(plugin, 'open-weekly-note');
    await until(() => notices.length > 0);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Roadmap Board: .*Templates\/Missing\.md.*\. Nothing was changed\.$/);
    expect(app.vault.contents.size).toBe(files);
    expect(app.workspace.opened).toEqual([]);
  });
});

describe('undo and rebuild from the palette', () => {
  it('undo last roadmap change undoes the newest; rebuild index reads the vault again', async () => {
    const app = new App();
    app.vault.seed('Plan.md', '#roadmap\n\n- [ ] Ship\n');
    const plugin = await startPlugin(app);
    const ship = plugin.index.snapshot.roadmap.groups[0].items[0];
    await plugin.writer.perform({ kind: 'toggle', path: 'Plan.md', ref: ship.ref! });
    expect(app.vault.contents.get('Plan.md')).toMatch(/^#roadmap\n\n- \[x\] Ship/);
    run(plugin, 'undo-last-change');
    await until(() => app.vault.contents.get('Plan.md') === '#roadmap\n\n- [ ] Ship\n');
    expect(app.vault.contents.get('Plan.md')).toBe('#roadmap\n\n- [ ] Ship\n');
    // The undo's own re-read done first: only the rebuild can see what follows.
    await plugin.index.settled();
    // A change the index was not told of (as after a sync tool wrote the file behind Obsidian's back).
    app.vault.contents.set('Plan.md', '#roadmap\n\n- [ ] Ship\n- [ ] Launch\n');
    const revision = plugin.index.snapshot.revision;
    run(plugin, 'rebuild-index');
    await until(() => plugin.index.snapshot.revision !== revision && plugin.index.snapshot.state === 'ready');
    expect(plugin.index.snapshot.roadmap.groups[0].items.map((i) => i.title)).toEqual(['Ship', 'Launch']);
  });
});
