/**
 * Reading view: the plugin's post-processor over rendered tables in Chromium, with the
 * small fake of `obsidian`. `rendered` stands in for Obsidian's renderer: a section's
 * table as a <table> whose cells hold the cell's inline HTML (a `[ ]` stays text).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import RoadmapBoardPlugin from '../../src/main';
import { App, notices } from '../fakes/obsidian';
import { rendered } from './readingRender';

const NOTE = [
  '# Plan',
  '',
  '| Done | Project | Steps |',
  '| ---- | ------- | ----- |',
  '| <input type="checkbox" unchecked id="aaaaaa"> | Alpha | [ ] draft<br>[x] review |',
  '| <input type="checkbox" checked id="bbbbbb"> | Beta | <input type="checkbox" unchecked id="same01"> a<br><input type="checkbox" unchecked id="same01"> b |',
  '',
].join('\n');
const EMBEDDED = ['| Check | Thing |', '| --- | --- |', '| <input type="checkbox" unchecked id="eeeeee"> | Embedded thing |', ''].join('\n');

async function plugin(notes: Record<string, string>) {
  const app = new App();
  for (const [path, text] of Object.entries(notes)) app.vault.seed(path, text);
  const p = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
  await p.onload();
  app.workspace.layoutReady();
  const processor = (p as unknown as { postProcessors: ((el: HTMLElement, ctx: unknown) => void)[] }).postProcessors[0];
  /**
   * Renders a note's table as Obsidian would, with or without section info. As in
   * Obsidian, the section info gives the note's text as it is when asked (the click),
   * not as it was rendered: a rendering can be older than the note.
   */
  const render = (path: string, withInfo = true, shown?: string) => {
    const text = app.vault.contents.get(path)!;
    const el = rendered(shown ?? text);
    const lines = text.split('\n');
    const lineStart = lines.findIndex((l) => l.startsWith('|'));
    const lineEnd = lineStart + lines.slice(lineStart).findIndex((l) => !l.startsWith('|')) - 1;
    processor(el, { sourcePath: path, getSectionInfo: () => (withInfo ? { text: app.vault.contents.get(path)!, lineStart, lineEnd } : null) });
    return el;
  };
  return { app, render };
}

beforeEach(() => {
  notices.length = 0;
  document.body.replaceChildren();
});

describe('Reading view: table checkboxes', () => {
  it('a click changes exactly that checkbox in the note', async () => {
    const { app, render } = await plugin({ 'plan.md': NOTE });
    const el = render('plan.md');
    await userEvent.click(el.querySelector<HTMLElement>('#aaaaaa')!);
    await expect.poll(() => app.vault.contents.get('plan.md')).toBe(NOTE.replace('unchecked id="aaaaaa"', 'checked id="aaaaaa"'));
    await expect.poll(() => el.querySelector<HTMLInputElement>('#aaaaaa')!.checked).toBe(true);
  });

  it('turns a [ ] opening a cell piece into a checkbox that toggles its own bytes', async () => {
    const { app, render } = await plugin({ 'plan.md': NOTE });
    const el = render('plan.md');
    const boxes = el.querySelectorAll<HTMLInputElement>('.roadmap-text-checkbox');
    expect([...boxes].map((b) => b.checked)).toEqual([false, true]);
    expect(boxes[0].parentElement!.textContent).toBe(' draft review');
    await userEvent.click(boxes[1]);
    await expect.poll(() => app.vault.contents.get('plan.md')).toBe(NOTE.replace('[x] review', '[ ] review'));
  });

  it('toggles the clicked one of two checkboxes with the same id', async () => {
    const { app, render } = await plugin({ 'plan.md': NOTE });
    const el = render('plan.md');
    await userEvent.click(el.querySelectorAll<HTMLElement>('[id="same01"]')[1]);
    await expect.poll(() => app.vault.contents.get('plan.md')).toBe(NOTE.replace('unchecked id="same01"> b', 'checked id="same01"> b'));
  });

  it("an embedded note's checkbox changes the embedded note (no section info: found by its table)", async () => {
    const { app, render } = await plugin({ 'plan.md': `${NOTE}\n![[parts]]\n`, 'parts.md': EMBEDDED });
    const el = render('parts.md', false);
    await userEvent.click(el.querySelector<HTMLElement>('#eeeeee')!);
    await expect.poll(() => app.vault.contents.get('parts.md')).toBe(EMBEDDED.replace('unchecked id="eeeeee"', 'checked id="eeeeee"'));
    expect(app.vault.contents.get('plan.md')).toBe(`${NOTE}\n![[parts]]\n`);
  });

  it('a refused write puts the box back and says why; nothing changes', async () => {
    const { app, render } = await plugin({ 'plan.md': NOTE });
    const el = render('plan.md');
    const edited = NOTE.replace('| <input type="checkbox" unchecked id="aaaaaa"> | Alpha | [ ] draft<br>[x] review |\n', '');
    app.vault.contents.set('plan.md', edited);
    const box = el.querySelector<HTMLInputElement>('#aaaaaa')!;
    await userEvent.click(box);
    await expect.poll(() => notices.length).toBe(1);
    // The section's lines now hold the next row: its cell does not pair with what was shown.
    expect(notices[0]).toMatch(/^Roadmap Board: this cell's checkboxes no longer match the note.*Nothing was changed\.$/);
    expect(box.checked).toBe(false);
    expect(app.vault.contents.get('plan.md')).toBe(edited);
  });

  it('a box flipped in the note after the table was shown is refused when clicked; nothing is written', async () => {
    const { app, render } = await plugin({ 'plan.md': NOTE });
    const el = render('plan.md');
    const flipped = NOTE.replace('unchecked id="aaaaaa"', 'checked id="aaaaaa"');
    app.vault.contents.set('plan.md', flipped);
    const box = el.querySelector<HTMLInputElement>('#aaaaaa')!;
    await userEvent.click(box);
    await expect.poll(() => notices.length).toBe(1);
    expect(notices[0]).toMatch(/^Roadmap Board: the note changed since it was shown/);
    expect(app.vault.contents.get('plan.md')).toBe(flipped);
    expect(box.checked).toBe(false);
  });

  it('one click is one toggle with a Table Checkboxes-style change listener present', async () => {
    const { app, render } = await plugin({ 'plan.md': NOTE });
    let theirs = 0;
    const listener = () => theirs++;
    document.addEventListener('change', listener);
    try {
      const el = render('plan.md');
      await userEvent.click(el.querySelector<HTMLElement>('#bbbbbb')!);
      await expect.poll(() => app.vault.contents.get('plan.md')).toBe(NOTE.replace('checked id="bbbbbb"', 'unchecked id="bbbbbb"'));
      expect(theirs).toBe(0);
    } finally {
      document.removeEventListener('change', listener);
    }
  });
});

describe('Reading view: clicks that are not a checkbox’s, and tables it cannot place', () => {
  it('a click elsewhere in the table is left alone: nothing written, nothing said', async () => {
    const { app, render } = await plugin({ 'plan.md': NOTE });
    const el = render('plan.md');
    await userEvent.click(el.querySelectorAll('td')[1]);
    await new Promise((r) => setTimeout(r, 50));
    expect(app.vault.contents.get('plan.md')).toBe(NOTE);
    expect(notices).toEqual([]);
  });

  it('a table shown for a path that is no note of the vault is refused, saying so', async () => {
    const { app, render } = await plugin({ 'plan.md': NOTE });
    const el = render('plan.md');
    // The note renamed away under the rendering.
    const text = app.vault.contents.get('plan.md')!;
    await app.vault.rename(app.vault.getAbstractFileByPath('plan.md') as never, 'moved.md');
    await userEvent.click(el.querySelector<HTMLElement>('#aaaaaa')!);
    await expect.poll(() => notices.length).toBe(1);
    expect(notices[0]).toMatch(/^Roadmap Board: plan\.md is not a note of this vault/);
    expect(app.vault.contents.get('moved.md')).toBe(text);
  });

  it('with no section info, a table that appears twice in the note is refused: which one was clicked is not certain', async () => {
    const twice = `${EMBEDDED}\nbetween\n\n${EMBEDDED}`;
    const { app, render } = await plugin({ 'parts.md': twice });
    // One of the two tables rendered (an embed of a section shows one).
    const el = render('parts.md', false, EMBEDDED);
    await userEvent.click(el.querySelector<HTMLElement>('#eeeeee')!);
    await expect.poll(() => notices.length).toBe(1);
    expect(notices[0]).toMatch(/^Roadmap Board: this table appears more than once in the note, so which one was clicked is not certain/);
    expect(app.vault.contents.get('parts.md')).toBe(twice);
  });
});
