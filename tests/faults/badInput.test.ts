// Case 18: bad settings values and bad CLI arguments — explained, nothing saved or written.
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { App, notices, Setting } from '../fakes/obsidian';
import RoadmapBoardPlugin from '../../src/main';
import { cli, copyVault, snapshot } from '../helpers/tempVault';

const exampleVault = join(__dirname, '../../example-vault');

beforeEach(() => {
  notices.length = 0;
  Setting.all.length = 0;
});

describe('case 18: bad input', () => {
  it('settings: each bad value is explained beside its field and not saved', async () => {
    const app = new App();
    const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
    await plugin.onload();
    const saved = () => JSON.stringify((plugin as unknown as { data: unknown }).data ?? null);
    (plugin as unknown as { settingTabs: { display(): void }[] }).settingTabs[0].display();
    const before = saved();
    const settingsBefore = structuredClone(plugin.roadmapSettings);
    const bad: [string, string, RegExp][] = [
      ['Link depth', '-1', /^Not saved: must be a whole number from 0 to 5\.$/],
      ['Link depth', 'two', /^Not saved: /],
      ['Reminder weekday', '8', /^Not saved: /],
      ['Roadmap tags', '#', /^Not saved: /],
      ['Roadmap folders', '../outside', /^Not saved: /],
      ['File name format', '', /^Not saved: /],
    ];
    for (const [name, value, message] of bad) {
      const row = Setting.all.find((s) => s.name === name)!;
      await row.onText!(value);
      await new Promise((r) => setTimeout(r, 0));
      expect(row.descEl.children[0]?.text, `${name} = ${JSON.stringify(value)}`).toMatch(message);
    }
    expect(plugin.roadmapSettings).toEqual(settingsBefore);
    expect(saved()).toBe(before);
  });

  it('settings saved by hand with bad values: defaults used, a notice says which and why', async () => {
    const app = new App();
    const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
    (plugin as unknown as { data: unknown }).data = { version: 1, linkDepth: 99, roadmapTags: 'not a list', reminderWeekday: 0 };
    await plugin.onload();
    expect(plugin.roadmapSettings.linkDepth).toBe(1);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Roadmap Board settings: /);
    for (const field of ['linkDepth', 'roadmapTags', 'reminderWeekday']) expect(notices[0]).toContain(field);
  });

  it('CLI: every bad argument gets one line on stderr, a non-zero exit, and no byte written', async () => {
    const vault = copyVault(exampleVault);
    const before = snapshot(vault);
    const cases: string[][] = [
      ['frobnicate', vault],
      ['board', vault, '--link-depth', '9'],
      ['board', vault, '--link-depth'],
      ['board', vault, '--today', '2026-13-40'],
      ['board', vault, '--tag'],
      ['board', vault, '--nonsense'],
      ['toggle', vault, 'not-a-ref'],
      ['set-status', vault, 'Projects.md:0', 'Done'],
      ['set-status', vault, 'Projects.md:3'],
      ['add-task', vault, 'Projects.md:abc', 'x'],
      ['checkin', vault, '--week', '2026-W60', '--answer', '1=x'],
      ['checkin', vault, '--answer', 'no-number'],
      ['board', join(vault, 'missing-folder')],
    ];
    for (const argv of cases) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBeGreaterThan(0);
      expect(result.stdout, argv.join(' ')).toBe('');
      expect(result.stderr, argv.join(' ')).toMatch(/^roadmap: [^\n]+\n$/);
    }
    expect(snapshot(vault)).toEqual(before);
  });
});
