/**
 * Live Preview's doors as the plugin registers them (src/obsidian/editorDoors.ts), with
 * the real CodeMirror in Chromium: a click on a table checkbox is a toggle action on the
 * note the editor shows, written through the writer into that note's editor; an editor
 * with no note refuses and says so; in Source mode the click is left to the text.
 */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { makeSettings } from '../../src/core/settings';
import { NO_TASKS_PLUGIN, writeRules } from '../../src/core/write/rules';
import { editorDoors } from '../../src/obsidian/editorDoors';
import { ObsidianVault } from '../../src/obsidian/vaultAdapter';
import { RoadmapWriter } from '../../src/obsidian/writer';
import { App, Editor, editorInfoField, editorLivePreviewField, notices, TFile } from '../fakes/obsidian';
import { tableWidgetsOf } from './tableWidgets';

const NOTE = '| Done | Project | Status |\n| --- | --- | --- |\n| <input type="checkbox" unchecked id="aaaaaa"> | Alpha | Doing |\n';
let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view?.dom.parentElement?.remove();
  view = null;
  notices.length = 0;
});

function door(info: { file: TFile | null; editor?: Editor } | null, livePreview = true) {
  const app = new App();
  app.vault.seed('n.md', NOTE);
  const writer = new RoadmapWriter(app as never, new ObsidianVault(app as never), 20, () => undefined, () => writeRules(makeSettings(), NO_TASKS_PLUGIN, '2026-12-07'), null);
  const parent = document.body.appendChild(document.createElement('div'));
  view = new EditorView({
    parent,
    state: EditorState.create({ doc: NOTE, extensions: [tableWidgetsOf(), editorInfoField.init(() => info), editorLivePreviewField.init(() => livePreview), ...editorDoors(app as never, writer)] }),
  });
  return { app, writer, view };
}

describe("Live Preview's doors", () => {
  it("a click is a toggle of the note the editor shows: the box and the row's Status, written into its editor", async () => {
    const editor = new Editor(NOTE);
    const { app, writer, view: v } = door({ file: new TFile('n.md'), editor });
    await userEvent.click(v.dom.querySelector<HTMLElement>('#aaaaaa')!);
    await writer.settled();
    expect(editor.text).toBe(NOTE.replace('unchecked id="aaaaaa"> | Alpha | Doing |', 'checked id="aaaaaa"> | Alpha | Done  |'));
    expect(editor.transactions).toBe(1);
    expect(app.vault.contents.get('n.md')).toBe(NOTE);
    expect(notices).toEqual([]);
  });

  it('an editor that shows no note of the vault refuses, saying so', async () => {
    const { writer, view: v } = door({ file: null });
    await userEvent.click(v.dom.querySelector<HTMLElement>('#aaaaaa')!);
    await writer.settled();
    expect(notices).toEqual(['Roadmap Board: this editor shows no note of the vault. Nothing was changed.']);
    expect(v.state.doc.toString()).toBe(NOTE);
  });

  it('in Source mode the click is not a door: nothing is written', async () => {
    const editor = new Editor(NOTE);
    const { writer, view: v } = door({ file: new TFile('n.md'), editor }, false);
    await userEvent.click(v.dom.querySelector<HTMLElement>('#aaaaaa')!);
    await writer.settled();
    expect(editor.text).toBe(NOTE);
    expect(notices).toEqual([]);
  });
});
