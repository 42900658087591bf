import { afterEach, describe, expect, it } from 'vitest';
import { App, Editor, flushSaves, MarkdownView, TFile } from '../fakes/obsidian';
import { checkinActionsOf, seedExample, startPlugin } from '../helpers/plugin';
import type RoadmapBoardPlugin from '../../src/main';

// The check-in service over Obsidian: weekly notes named by the periodic notes plugin's
// settings when it is on, read from an open editor, created in folders that do not exist
// yet, answers saved through the writer, and the check-in view's actions on the
// plugin's own history.

afterEach(async () => {
  await flushSaves();
});

const Q = 'What concept did I learn that I can explain to someone else?';

async function started(extra: Record<string, string> = {}, data?: Record<string, unknown>) {
  const app = new App();
  seedExample(app);
  // Files of the config folder are not notes: Obsidian reads them through its adapter.
  for (const [path, text] of Object.entries(extra)) {
    if (path.startsWith('.obsidian/')) app.vault.configFiles.set(path, text);
    else app.vault.seed(path, text);
  }
  const plugin: RoadmapBoardPlugin = await startPlugin(app, data);
  return { app, plugin, actions: checkinActionsOf(app) };
}

describe('weekly notes through Obsidian', () => {
  it('named and placed by the periodic notes plugin when it is on; created with their folders; answers saved', async () => {
    const { app, actions } = await started({
      '.obsidian/community-plugins.json': '["periodic-notes"]',
      '.obsidian/plugins/periodic-notes/data.json': JSON.stringify({ weekly: { enabled: true, folder: 'Journal/Weeks', format: 'gggg-[Week]-ww' } }),
    });
    const week = { year: 2026, week: 50 };
    expect(await actions.readWeek(week, [Q])).toEqual({ path: 'Journal/Weeks/2026-Week-50.md', exists: false, answers: [''] });
    const saved = await actions.save(week, [{ question: Q, answer: 'Raft log compaction' }]);
    expect(saved).toMatchObject({ ok: true, path: 'Journal/Weeks/2026-Week-50.md' });
    expect(app.vault.getAbstractFileByPath('Journal/Weeks')).not.toBeNull();
    expect(app.vault.contents.get('Journal/Weeks/2026-Week-50.md')).toContain('Raft log compaction');
    expect(await actions.readWeek(week, [Q])).toEqual({ path: 'Journal/Weeks/2026-Week-50.md', exists: true, answers: ['Raft log compaction'] });
    // The next week's note goes into the folder made for this one.
    expect(await actions.save({ year: 2026, week: 51 }, [{ question: Q, answer: 'Leases' }])).toMatchObject({ ok: true, path: 'Journal/Weeks/2026-Week-51.md' });
  });

  it('a weekly note at the vault’s root is made with no folder', async () => {
    const { app, actions } = await started({
      '.obsidian/community-plugins.json': '["periodic-notes"]',
      '.obsidian/plugins/periodic-notes/data.json': JSON.stringify({ weekly: { enabled: true, folder: '', format: 'gggg-[W]ww' } }),
    });
    expect(await actions.save({ year: 2026, week: 50 }, [{ question: Q, answer: 'Raft' }])).toMatchObject({ ok: true, path: '2026-W50.md' });
    expect(app.vault.contents.get('2026-W50.md')).toContain('Raft');
    expect([...app.vault.folders]).toEqual([]);
  });

  it('unreadable plugin settings count as none: the built-in folder and name', async () => {
    const { actions } = await started({ '.obsidian/community-plugins.json': '["periodic-notes"', '.obsidian/plugins/periodic-notes/data.json': '{' });
    expect((await actions.readWeek({ year: 2026, week: 50 }, [Q])).path).toBe('Check-ins/2026-W50.md');
  });

  it('a weekly note open in an editor is read as the editor holds it, unsaved answer included, and saved into that editor', async () => {
    const note = `# Week\n\n## ${Q}\n\nSaved answer\n`;
    const { app, actions } = await started({ 'Check-ins/2026-W50.md': note });
    const editor = new Editor(note.replace('Saved answer', 'Typed, not saved yet'));
    app.workspace.addLeaf(new MarkdownView(app.vault.getAbstractFileByPath('Check-ins/2026-W50.md') as TFile, editor));
    expect((await actions.readWeek({ year: 2026, week: 50 }, [Q])).answers).toEqual(['Typed, not saved yet']);
    expect(await actions.save({ year: 2026, week: 50 }, [{ question: Q, answer: 'Final answer' }])).toMatchObject({ ok: true });
    expect(editor.text).toContain('Final answer');
    expect(editor.transactions).toBe(1);
  });
});

describe('the check-in view’s actions on the plugin’s history', () => {
  it('a save records the week; done since, progress and "still on it" read and write that history', async () => {
    const { plugin, actions } = await started();
    const history = () => (plugin as unknown as { history: { records: { week: string }[]; still?: Record<string, string> } }).history;
    expect(actions.doneSince({ year: 2026, week: 50 }, plugin.index.snapshot.roadmap)).toBeNull();
    await actions.save({ year: 2026, week: 49 }, [{ question: Q, answer: 'x' }]);
    expect(history().records.map((r) => r.week)).toEqual(['2026-W49']);
    expect(actions.doneSince({ year: 2026, week: 50 }, plugin.index.snapshot.roadmap)).toEqual([]);
    const series = actions.progress(plugin.index.snapshot.roadmap);
    expect(series.length).toBeGreaterThan(0);
    expect(series.every((s) => s.points.length === 1 && s.points[0].week === '2026-W49')).toBe(true);
    await actions.stillOnIt('key', { year: 2026, week: 50 });
    expect(history().still).toEqual({ key: '2026-W53' });
    const data = (plugin as unknown as { data: { checkins: { still?: Record<string, string> } } }).data;
    expect(data.checkins.still).toEqual({ key: '2026-W53' });
  });
});
