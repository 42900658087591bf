/**
 * The plugin's check-in as Obsidian hosts it (the small fake of `obsidian`), in real
 * Chromium: opened by its command, saving through the vault or an open editor, the
 * history kept in the plugin's data, this week's note from the template, the reminder.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { weekLabel, weekOfDate } from '../../src/core/checkin/week';
import { localIsoDate } from '../../src/core/parse/dates';
import RoadmapBoardPlugin from '../../src/main';
import { App, Editor, MarkdownView, noticeFragments, notices, TFile, type ItemView } from '../fakes/obsidian';

const NOTES = ['2026 Systems Engineering Roadmap.md', 'Projects.md', 'long term bets.md'];
const Q1 = 'What concept did I learn that I can explain to someone else?';
// The plugin dates by the machine's clock; so do these tests.
const today = localIsoDate(new Date());
const week = weekLabel(weekOfDate(today));

async function started(data: unknown = null, setup: (app: App) => void = () => undefined) {
  const app = new App();
  const dir = await commands.vaultCopy('example-vault');
  for (const name of NOTES) app.vault.seed(name, await commands.vaultRead(dir, name));
  await commands.vaultRemove(dir);
  setup(app);
  const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
  (plugin as unknown as { data: unknown }).data = data;
  await plugin.onload();
  app.workspace.layoutReady();
  await expect.poll(() => plugin.index.snapshot.state).toBe('ready');
  return { app, plugin };
}

const run = (plugin: RoadmapBoardPlugin, id: string) => (plugin as unknown as { commands: { id: string; callback: () => void }[] }).commands.find((c) => c.id === id)!.callback();

async function openCheckin(app: App, plugin: RoadmapBoardPlugin) {
  run(plugin, 'open-checkin');
  await expect.poll(() => app.workspace.getLeavesOfType('roadmap-checkin').length).toBe(1);
  const view = app.workspace.getLeavesOfType('roadmap-checkin')[0].view as unknown as ItemView;
  document.body.appendChild(view.contentEl);
  await expect.poll(() => view.contentEl.querySelectorAll('textarea:not([disabled])').length).toBe(3);
  return view.contentEl;
}

beforeEach(() => {
  notices.length = 0;
  noticeFragments.length = 0;
  document.body.replaceChildren();
});

describe('the check-in view in the plugin', () => {
  it('saves into a new week note in its folder and records the check-in in the plugin data', async () => {
    const { app, plugin } = await started();
    const root = await openCheckin(app, plugin);
    expect(root.querySelector('.roadmap-week-number')!.textContent).toBe(`Week ${Number(week.slice(-2))}`);
    await userEvent.fill(root.querySelector('textarea')!, 'Fibers.');
    await userEvent.click(root.querySelector<HTMLElement>('button[type=submit]')!);
    const path = `Check-ins/${week}.md`;
    await expect.poll(() => app.vault.contents.get(path) ?? '').toContain(`## ${Q1}\n\nFibers.\n`);
    expect(app.vault.folders.has('Check-ins')).toBe(true);
    const data = (plugin as unknown as { data: { checkins: { records: { week: string }[] } } }).data;
    expect(data.checkins.records.map((r) => r.week)).toEqual([week]);
    await userEvent.click(root.querySelector<HTMLElement>('.roadmap-save-row .roadmap-linked-note')!);
    expect(app.workspace.opened.map((o) => o.path)).toEqual([path]);
  });

  it('saves into an open week note as one editor transaction', async () => {
    const path = `Check-ins/${week}.md`;
    const { app, plugin } = await started(null, (a) => a.vault.seed(path, `## ${Q1}\n\nold\n`));
    const file = app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) throw new Error('no note');
    const editor = new Editor(`## ${Q1}\n\nold\n\nunsaved typing\n`);
    app.workspace.addLeaf(new MarkdownView(file, editor));
    const root = await openCheckin(app, plugin);
    // The answer shown is the editor's, unsaved typing included.
    await expect.poll(() => root.querySelector('textarea')!.value).toBe('old\n\nunsaved typing');
    await userEvent.fill(root.querySelector('textarea')!, 'new');
    await userEvent.click(root.querySelector<HTMLElement>('button[type=submit]')!);
    // The answer and the groups' progress (a new frontmatter): one transaction, one undo.
    await expect.poll(() => editor.transactions).toBe(1);
    expect(editor.text).toMatch(new RegExp(`^---\\nroadmap-progress:\\n(?: {2}.+: \\d+/\\d+\\n)+---\\n## ${Q1.replace(/[?]/g, '\\?')}\\n\\nnew\\n$`));
    expect(app.vault.processCalls).toBe(0);
  });

  it("opens this week's note, made from Periodic Notes' folder, format and template", async () => {
    const { app, plugin } = await started(null, (a) => {
      a.vault.configFiles.set('.obsidian/community-plugins.json', '["periodic-notes"]');
      a.vault.configFiles.set('.obsidian/plugins/periodic-notes/data.json', JSON.stringify({ weekly: { enabled: true, folder: 'Weekly', format: 'GGGG [week] WW', template: 'T/week' } }));
      a.vault.seed('T/week.md', 'Plan for {{week}}\n\n{{questions}}');
    });
    run(plugin, 'open-weekly-note');
    const path = `Weekly/${week.replace('-W', ' week ')}.md`;
    await expect.poll(() => app.workspace.opened.map((o) => o.path)).toEqual([path]);
    expect(app.vault.contents.get(path)).toBe(`Plan for ${week}\n\n## ${Q1}\n\n## What code did I write that uses this knowledge?\n\n## What confused me that I need to revisit?\n\n`);
  });

  it('reminds on the chosen weekday with a button that opens the check-in, once a day', async () => {
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
    const { app, plugin } = await started({ version: 1, reminderEnabled: true, reminderWeekday: weekday });
    await expect.poll(() => notices).toEqual(['Time for your weekly roadmap check-in. Open check-in']);
    const button = noticeFragments[0].querySelector('button')!;
    document.body.appendChild(noticeFragments[0]);
    button.click();
    await expect.poll(() => app.workspace.getLeavesOfType('roadmap-checkin').length).toBe(1);
    const data = (plugin as unknown as { data: unknown }).data;
    plugin.unload();
    notices.length = 0;
    await started(data);
    await new Promise((r) => setTimeout(r, 50));
    expect(notices).toEqual([]);
  });

  it('does not remind on another weekday, or when off', async () => {
    const weekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() || 7) % 7) + 1;
    await started({ version: 1, reminderEnabled: true, reminderWeekday: weekday });
    await started({ version: 1, reminderEnabled: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(notices).toEqual([]);
  });
});
