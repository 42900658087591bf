/**
 * The roadmap timeline as Obsidian hosts it (the fake of `obsidian`), in real Chromium:
 * opened by its command in a tab, a keyboard move written through the plugin's writer
 * (Vault.process for a closed note), its zoom kept in the view state.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import RoadmapBoardPlugin from '../../src/main';
import { App, notices, type ItemView } from '../fakes/obsidian';

const NOTES = ['2026 Systems Engineering Roadmap.md', 'Projects.md', 'long term bets.md'];
const ROADMAP = '2026 Systems Engineering Roadmap.md';

async function started() {
  const app = new App();
  const dir = await commands.vaultCopy('example-vault');
  for (const name of NOTES) app.vault.seed(name, await commands.vaultRead(dir, name));
  await commands.vaultRemove(dir);
  const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
  await plugin.onload();
  app.workspace.layoutReady();
  await expect.poll(() => plugin.index.snapshot.state).toBe('ready');
  return { app, plugin };
}

beforeEach(() => {
  notices.length = 0;
  document.body.replaceChildren();
});

describe('the timeline view in the plugin', () => {
  it('opens in a tab by its command; Alt+← on a milestone writes its date through the vault; the zoom is kept', async () => {
    const { app, plugin } = await started();
    (plugin as unknown as { commands: { id: string; callback: () => void }[] }).commands.find((c) => c.id === 'open-timeline')!.callback();
    await expect.poll(() => app.workspace.getLeavesOfType('roadmap-timeline').length).toBe(1);
    const [leaf] = app.workspace.getLeavesOfType('roadmap-timeline');
    expect(leaf.side).toBe('main');
    const view = leaf.view as unknown as ItemView;
    view.contentEl.style.width = '1400px';
    document.body.appendChild(view.contentEl);
    // The example's milestones are in 2026; a timeline opened in another year is moved there.
    const year = () => view.contentEl.querySelector('.roadmap-tl-period')!.textContent;
    await expect.poll(() => view.contentEl.querySelector('.roadmap-tl-period')).not.toBeNull();
    for (let guard = 0; guard < 50 && Number(year()) !== 2026; guard++) {
      await userEvent.click(view.contentEl.querySelector<HTMLElement>(Number(year()) > 2026 ? '[aria-label="Earlier"]' : '[aria-label="Later"]')!);
    }
    const diamond = [...view.contentEl.querySelectorAll<HTMLElement>('.roadmap-tl-diamond')].find((el) => el.textContent?.includes('Complete interpreter book'))!;
    diamond.focus();
    await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await expect.poll(() => app.vault.contents.get(ROADMAP)!.split('\n')[70]).toBe('| 2026-03-24 | Complete interpreter book                    |');
    expect(app.vault.processCalls).toBe(1);
    await userEvent.click([...view.contentEl.querySelectorAll<HTMLElement>('.roadmap-tl-zoom button')].find((b) => b.textContent === 'Quarter')!);
    expect(JSON.parse(JSON.stringify((view as unknown as { getState(): unknown }).getState()))).toMatchObject({ zoom: 'quarter' });
  });
});
