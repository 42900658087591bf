// SPEC §3, undo: any sequence of actions, from any of the plugin's doors, followed by
// "Undo last roadmap change" until there is nothing left, gives every note back byte for
// byte — with notes open in an editor (transactions) or closed (Vault.process), tables
// with and without Status, Table Checkboxes rows, Tasks dates, CRLF.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { State } from '../../src/core/model/types';
import { roleWords } from '../../src/core/model/columns';
import { viewActions } from '../../src/obsidian/viewActions';
import type RoadmapBoardPlugin from '../../src/main';
import { App, Editor, flushSaves, MarkdownView, TFile, View } from '../fakes/obsidian';
import { seedExample, startPlugin } from '../helpers/plugin';

const runs = Math.min(Number(process.env.FUZZ_RUNS ?? 12), 40);

const EXTRA: Record<string, string> = {
  'Dated.md': ['#roadmap', '', '## Week', '- [ ] Ship 📅 2026-12-01', '- Plan the launch', '  - [ ] first step', '- [/] Review 🛫 2026-11-20', ''].join('\n'),
  'Crlf.md': ['#roadmap', '', '| Done | Project | Status | Due |', '| --- | --- | --- | --- |', '| <input type="checkbox" unchecked id="eeeeee"> | Delta | Doing | Q1 2027 |', '| [ ] | Echo | To do | |', ''].join('\r\n'),
};

type Step = { door: 'board' | 'command'; kind: 'toggle' | 'move' | 'due' | 'task' | 'item'; pick: number; state: State; day: number };
const step = fc.record({
  door: fc.constantFrom('board' as const, 'command' as const),
  kind: fc.constantFrom('toggle' as const, 'move' as const, 'due' as const, 'task' as const, 'item' as const),
  pick: fc.nat(1000),
  state: fc.constantFrom<State>('todo', 'doing', 'done', 'cancelled'),
  day: fc.integer({ min: 1, max: 28 }),
});

afterEach(async () => {
  await flushSaves();
});

async function perform(plugin: RoadmapBoardPlugin, app: App, board: ReturnType<typeof viewActions>, editors: Map<string, Editor>, s: Step): Promise<void> {
  const items = plugin.index.snapshot.roadmap.groups.flatMap((g) => g.items);
  const item = items[s.pick % items.length];
  const withRef = items.filter((i) => i.ref);
  if (s.door === 'command') {
    // The command at the cursor, in an editor of a note that is open.
    const open = withRef.filter((i) => editors.has(i.path));
    if (!open.length) return;
    const target = open[s.pick % open.length];
    const editor = editors.get(target.path)!;
    editor.cursor = { line: target.line - 1, ch: editor.getLine(target.line - 1).search(/\[|<input/) + 1 };
    const command = (plugin as unknown as { commands: { id: string; editorCheckCallback: (checking: boolean, editor: Editor, info: MarkdownView) => boolean }[] }).commands.find((c) => c.id === 'toggle-checkbox-at-cursor')!;
    const view = app.workspace.getLeavesOfType('markdown').map((l) => l.view as MarkdownView).find((v) => v.editor === editor)!;
    if (command.editorCheckCallback(true, editor, view)) command.editorCheckCallback(false, editor, view);
    await plugin.writer.settled();
  } else if (s.kind === 'toggle' && withRef.length) {
    const target = withRef[s.pick % withRef.length];
    await board.toggle(target.path, target.ref!, target.state !== 'done');
  } else if (s.kind === 'move') await board.setState(item, s.state);
  else if (s.kind === 'due') await board.setDate(item, 'due', `2027-02-${String(s.day).padStart(2, '0')}`);
  else if (s.kind === 'task') await board.addTask(item, `step ${s.day}`);
  else await board.addItem(item.path, item.line, `new ${s.day}`);
  await app.metadataCache.settleMetadata();
  await plugin.index.settled();
}

describe('undo until empty gives the vault back', () => {
  it('after any actions from any doors, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), fc.subarray(['long term bets.md', 'Dated.md', 'Projects.md']), async (steps, openNotes) => {
        const app = new App();
        seedExample(app);
        for (const [path, text] of Object.entries(EXTRA)) app.vault.seed(path, text);
        const plugin = await startPlugin(app);
        const editors = new Map<string, Editor>();
        for (const path of openNotes) {
          const file = app.vault.getAbstractFileByPath(path);
          if (!(file instanceof TFile)) throw new Error(path);
          const editor = new Editor(app.vault.contents.get(path)!);
          app.workspace.addLeaf(new MarkdownView(file, editor));
          editors.set(path, editor);
        }
        const original = new Map(app.vault.contents);
        const board = viewActions({ app: app as never, writer: plugin.writer, words: () => roleWords(), statuses: () => plugin.index.statuses, rebuildIndex: () => plugin.index.build(), createRoadmapNote: async () => {} }, new View() as never, 'roadmap-board');
        for (const s of steps) await perform(plugin, app, board, editors, s);
        for (let n = 0; n < 100; n++) {
          const undone = await plugin.writer.undoLast();
          if (!undone.ok) {
            // Nothing else wrote: the newest entry is always undoable, until there is none.
            expect(undone.reason).toBe('there is nothing to undo');
            break;
          }
          await plugin.index.settled();
        }
        await flushSaves();
        for (const [path, text] of original) expect(app.vault.contents.get(path), path).toBe(text);
        for (const [path, editor] of editors) expect(editor.getValue(), `${path} (editor)`).toBe(original.get(path));
        plugin.unload();
      }),
      { numRuns: runs },
    );
  });
});
