/**
 * The Live Preview extensions with the real @codemirror/state, view and commands in
 * Chromium. Obsidian renders a table in Live Preview as a block widget; `tableWidgets`
 * below stands in for it the same way (a <table> whose cells hold the rendered HTML),
 * with a mousedown handler that opens the table for editing, as Obsidian's does.
 */
import { history, undo } from '@codemirror/commands';
import { EditorState, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { inlineCheckboxes } from '../../src/editor/inlineCheckboxes';
import { type ClickOptions, tableCheckboxClicks } from '../../src/editor/tableClicks';
import { TableWidget, tableWidgetsOf } from './tableWidgets';
import { refAt } from '../../src/core/parse/tableCheckboxes';
import { makeSettings } from '../../src/core/settings';
import { resolveAction } from '../../src/core/write/actions';
import { NO_TASKS_PLUGIN, writeRules } from '../../src/core/write/rules';

let opened = 0;
/** What the foreign tables' own handlers saw (an embedded note's, another plugin's). */
let foreign: string[] = [];
/**
 * What shares the editor's DOM without being this note's table: an embedded note
 * (`![[…]]`, Obsidian's `.internal-embed.markdown-embed`) and another plugin's code block
 * (`.block-language-…`), each rendering a table with a checkbox and handling its clicks.
 */
class ForeignTableWidget extends WidgetType {
  constructor(readonly kind: 'embed' | 'plugin') {
    super();
  }
  override eq(other: ForeignTableWidget) {
    return other.kind === this.kind;
  }
  toDOM() {
    const box = document.createElement('div');
    box.className = this.kind === 'embed' ? 'internal-embed markdown-embed' : 'block-language-tasks';
    const table = box.appendChild(document.createElement('table'));
    const cell = table.insertRow().insertCell();
    const input = cell.appendChild(document.createElement('input'));
    input.type = 'checkbox';
    input.id = `${this.kind}1`;
    for (const type of ['pointerdown', 'mousedown', 'touchstart', 'click']) input.addEventListener(type, () => foreign.push(`${this.kind} ${type}`));
    return box;
  }
  override ignoreEvent() {
    return true;
  }
}

const foreignWidgets: Extension = StateField.define<DecorationSet>({
  create: (state) => foreignTables(state),
  update: (value, tr) => (tr.docChanged ? foreignTables(tr.state) : value),
  provide: (field) => EditorView.decorations.from(field),
});

function foreignTables(state: EditorState): DecorationSet {
  const ranges = [];
  const doc = state.doc;
  for (let n = 1; n <= doc.lines; n++) {
    const line = doc.line(n);
    if (line.text.startsWith('![[')) ranges.push(Decoration.replace({ widget: new ForeignTableWidget('embed'), block: true }).range(line.from, line.to));
    if (line.text === '```tasks') {
      let end = n + 1;
      while (end < doc.lines && doc.line(end).text !== '```') end++;
      ranges.push(Decoration.replace({ widget: new ForeignTableWidget('plugin'), block: true }).range(line.from, doc.line(end).to));
      n = end;
    }
  }
  return Decoration.set(ranges);
}

const tableWidgets = tableWidgetsOf(() => opened++);

const NOTE = [
  '# Plan',
  '',
  '| Done | Project | Steps |',
  '| ---- | ------- | ----- |',
  '| <input type="checkbox" unchecked id="aaaaaa"> | Alpha | <input type="checkbox" checked id="dup000"> one<br><input type="checkbox" unchecked id="dup000"> two<br><input type="checkbox" unchecked id="dup000"> three |',
  '| <input type="checkbox" checked id="bbbbbb"> | Beta | |',
  '',
  'Inline: <input type="checkbox" unchecked id="cccccc"> call the bank',
  '',
  '```html',
  '<input type="checkbox" unchecked id="dddddd"> not a checkbox',
  '```',
  '',
].join('\n');

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
  opened = 0;
  foreign = [];
});

function editor(doc = NOTE, refusals: string[] = [], options: ClickOptions = {}) {
  const parent = document.createElement('div');
  document.body.appendChild(parent);
  view = new EditorView({
    parent,
    state: EditorState.create({ doc, extensions: [history(), tableWidgets, foreignWidgets, tableCheckboxClicks({ onRefuse: (r) => refusals.push(r), ...options }), inlineCheckboxes()] }),
  });
  return view;
}

const changed = (before: string, after: string) => {
  let start = 0;
  while (before[start] === after[start]) start++;
  let endA = before.length;
  let endB = after.length;
  while (endA > start && before[endA - 1] === after[endB - 1]) {
    endA--;
    endB--;
  }
  return [before.slice(start, endA), after.slice(start, endB)];
};

describe('Live Preview: checkboxes in rendered tables', () => {
  it('a click changes exactly its bytes, does not open the table, and undo restores it', async () => {
    const v = editor();
    await userEvent.click(v.dom.querySelector<HTMLElement>('#aaaaaa')!);
    expect(changed(NOTE, v.state.doc.toString())).toEqual(['un', '']);
    expect(v.state.doc.toString()).toBe(NOTE.replace('unchecked id="aaaaaa"', 'checked id="aaaaaa"'));
    expect(opened).toBe(0);
    undo(v);
    expect(v.state.doc.toString()).toBe(NOTE);
  });

  it('toggles the clicked one of several checkboxes with the same id in one cell', async () => {
    const v = editor();
    const boxes = v.dom.querySelectorAll<HTMLElement>('td:nth-child(3) input');
    expect(boxes).toHaveLength(3);
    await userEvent.click(boxes[2]);
    expect(v.state.doc.toString()).toBe(NOTE.replace('unchecked id="dup000"> three', 'checked id="dup000"> three'));
    await userEvent.click(v.dom.querySelectorAll<HTMLElement>('td:nth-child(3) input')[0]);
    expect(v.state.doc.toString()).toBe(NOTE.replace('unchecked id="dup000"> three', 'checked id="dup000"> three').replace('checked id="dup000"> one', 'unchecked id="dup000"> one'));
  });

  it('refuses, changing nothing, when the rendered cell no longer matches the note', async () => {
    const refusals: string[] = [];
    const v = editor(NOTE, refusals);
    const input = v.dom.querySelector<HTMLElement>('#bbbbbb')!;
    input.id = 'zzzzzz'; // a rendering that does not say what the note says
    await userEvent.click(input);
    expect(v.state.doc.toString()).toBe(NOTE);
    expect(refusals).toEqual(["this cell's checkboxes no longer match the note"]);
  });
});

describe('Live Preview: one truth per item', () => {
  it("a click on a row's own checkbox sets its Status cell in the same transaction; one undo reverts both", async () => {
    const note = ['| Done | Project | Status |', '| ---- | ------- | ------ |', '| <input type="checkbox" unchecked id="aaaaaa"> | Alpha | Doing  |', ''].join('\n');
    // What the plugin does (editorDoors.ts, writer.ts): the click as a toggle action of the
    // one write path, its splices dispatched as one transaction of this editor.
    const rules = writeRules(makeSettings(), NO_TASKS_PLUGIN, '2026-12-07');
    const toggle = (view: EditorView, box: Parameters<typeof refAt>[2], checked: boolean) => {
      const text = view.state.doc.toString();
      const resolved = resolveAction(text, { kind: 'toggle', path: 'n.md', ref: refAt('n.md', text, box), want: checked }, rules);
      if (resolved.ok) view.dispatch({ changes: resolved.changes });
    };
    const v = editor(note, [], { toggle });
    await userEvent.click(v.dom.querySelector<HTMLElement>('#aaaaaa')!);
    expect(v.state.doc.toString()).toBe(note.replace('unchecked id="aaaaaa"> | Alpha | Doing  |', 'checked id="aaaaaa"> | Alpha | Done   |'));
    undo(v);
    expect(v.state.doc.toString()).toBe(note);
  });
});

describe('Live Preview: a rendering older than the note', () => {
  it('a click on a box the table shows in an older state is refused; nothing is written', async () => {
    const refusals: string[] = [];
    const v = editor(NOTE, refusals);
    const input = v.dom.querySelector<HTMLInputElement>('#aaaaaa')!;
    input.checked = true; // the widget still shows a state the note no longer has
    await userEvent.click(input);
    expect(v.state.doc.toString()).toBe(NOTE);
    expect(refusals).toEqual(['the note changed since it was shown']);
  });
});

describe('Live Preview: inline HTML checkboxes', () => {
  it('shows one as a checkbox while the cursor is elsewhere, and a click toggles its bytes', async () => {
    const v = editor();
    const inline = v.dom.querySelector<HTMLInputElement>('.roadmap-inline-checkbox')!;
    expect(inline.checked).toBe(false);
    expect(v.dom.querySelectorAll('.roadmap-inline-checkbox')).toHaveLength(1);
    await userEvent.click(inline);
    expect(v.state.doc.toString()).toBe(NOTE.replace('unchecked id="cccccc"', 'checked id="cccccc"'));
    expect(v.dom.querySelector<HTMLInputElement>('.roadmap-inline-checkbox')!.checked).toBe(true);
    undo(v);
    expect(v.state.doc.toString()).toBe(NOTE);
  });

  it('shows the tag as text when the cursor is on it', () => {
    const v = editor();
    const at = NOTE.indexOf('<input type="checkbox" unchecked id="cccccc">') + 3;
    v.dispatch({ selection: { anchor: at } });
    expect(v.dom.querySelectorAll('.roadmap-inline-checkbox')).toHaveLength(0);
    expect(v.contentDOM.textContent).toContain('<input type="checkbox" unchecked id="cccccc">');
  });

  it('leaves a checkbox in a code block as code', () => {
    const v = editor();
    expect(v.contentDOM.textContent).toContain('<input type="checkbox" unchecked id="dddddd"> not a checkbox');
    const code = NOTE.replace('```html\n', '').replace('\n```', '');
    view!.destroy();
    // Without the fence the same line is a checkbox: the fence is what kept it text.
    const w = editor(code);
    expect(w.dom.querySelectorAll('.roadmap-inline-checkbox')).toHaveLength(2);
  });
});

describe('Live Preview: tables that are not this note’s', () => {
  // Right after this note's own table, so the lines around the widget are table rows too.
  const WITH_FOREIGN = NOTE.replace("| <input type=\"checkbox\" checked id=\"bbbbbb\"> | Beta | |\n", "| <input type=\"checkbox\" checked id=\"bbbbbb\"> | Beta | |\n![[Other note|with a pipe]]\n") + '\n```tasks\nnot done\n```\n';

  it('a click on an embedded note’s or another plugin’s checkbox reaches its own handlers; nothing is written or refused', async () => {
    const refusals: string[] = [];
    const v = editor(WITH_FOREIGN, refusals);
    for (const id of ['embed1', 'plugin1']) await userEvent.click(v.dom.querySelector<HTMLElement>(`#${id}`)!);
    expect(foreign).toEqual(['embed pointerdown', 'embed mousedown', 'embed click', 'plugin pointerdown', 'plugin mousedown', 'plugin click']);
    expect(v.state.doc.toString()).toBe(WITH_FOREIGN);
    expect(refusals).toEqual([]);
  });

  it('touchstart on them passes too; on this note’s checkbox none of pointerdown, mousedown, touchstart reaches the table', async () => {
    const v = editor(WITH_FOREIGN);
    const touch = (el: Element) => el.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, cancelable: true }));
    touch(v.dom.querySelector('#embed1')!);
    touch(v.dom.querySelector('#plugin1')!);
    expect(foreign).toEqual(['embed touchstart', 'plugin touchstart']);
    const own = v.dom.querySelector<HTMLElement>('#aaaaaa')!;
    touch(own);
    await userEvent.click(own);
    expect(opened).toBe(0);
    expect(v.state.doc.toString()).toBe(WITH_FOREIGN.replace('unchecked id="aaaaaa"', 'checked id="aaaaaa"'));
  });
});

describe('Live Preview: a cell being edited (a nested editor, 1.5+)', () => {
  /** The first cell of the note's table, edited in its own small editor with our extensions, as Obsidian does. */
  class EditedTableWidget extends TableWidget {
    nested: EditorView | null = null;
    override toDOM(view: EditorView) {
      const table = super.toDOM(view);
      const cell = table.rows[1].cells[0];
      const text = this.source.split('\n')[2].split('|')[1].trim();
      cell.replaceChildren();
      const doc = `${text} and more`;
      this.nested = new EditorView({ parent: cell, state: EditorState.create({ doc, selection: { anchor: doc.length }, extensions: [tableCheckboxClicks(), inlineCheckboxes()] }) });
      nestedEditors.push(this.nested);
      return table;
    }
  }
  const nestedEditors: EditorView[] = [];
  const editedTables: Extension = StateField.define<DecorationSet>({
    create: (state) => {
      const doc = state.doc;
      const from = doc.line(3).from;
      const to = doc.line(6).to;
      return Decoration.set([Decoration.replace({ widget: new EditedTableWidget(doc.sliceString(from, to), () => opened++), block: true }).range(from, to)]);
    },
    update: (value) => value,
    provide: (field) => EditorView.decorations.from(field),
  });

  it('a checkbox inside the cell editor is that editor’s: the note’s editor neither writes nor refuses', async () => {
    const refusals: string[] = [];
    const parent = document.body.appendChild(document.createElement('div'));
    view = new EditorView({ parent, state: EditorState.create({ doc: NOTE, extensions: [editedTables, tableCheckboxClicks({ onRefuse: (r) => refusals.push(r) })] }) });
    const nested = nestedEditors.at(-1)!;
    const inline = nested.dom.querySelector<HTMLElement>('.roadmap-inline-checkbox')!;
    await userEvent.click(inline);
    expect(nested.state.doc.toString()).toBe('<input type="checkbox" checked id="aaaaaa"> and more');
    expect(view.state.doc.toString()).toBe(NOTE);
    expect(refusals).toEqual([]);
    // Its events went on to the table as they would without this plugin's table handler.
    expect(opened).toBe(2);
    for (const editor of nestedEditors.splice(0)) editor.destroy();
  });
});

