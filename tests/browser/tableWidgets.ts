/**
 * A stand-in for Live Preview's table widget in the browser tests: each table of the note
 * replaced by a <table> whose cells hold the cell's inline HTML as markup (a `[ ]` stays
 * text), as Obsidian's renderer shows them; pressing it counts as opening the table.
 */
import { EditorState, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';

export class TableWidget extends WidgetType {
  constructor(
    readonly source: string,
    readonly onOpen: () => void,
  ) {
    super();
  }
  override eq(other: TableWidget) {
    return other.source === this.source;
  }
  /** Made in the editor's own document, as Obsidian's widget is (a pop-out has its own). */
  toDOM(view: EditorView) {
    const document = view.dom.ownerDocument;
    const table = document.createElement('table');
    const rows = this.source.split('\n').filter((line) => !/^\|?\s*:?-{3,}/.test(line));
    rows.forEach((line, r) => {
      const tr = table.insertRow();
      const cells = line.replace(/^\||\|$/g, '').split(/(?<!\\)\|/);
      for (const cell of cells) {
        const td = document.createElement(r === 0 ? 'th' : 'td');
        // The test's stand-in for Obsidian's renderer: the cell's inline HTML as markup.
        td.append(...[...new DOMParser().parseFromString(cell.trim(), 'text/html').body.childNodes].map((node) => document.importNode(node, true)));
        tr.appendChild(td);
      }
    });
    // Obsidian's table opens a cell for editing on any of these.
    for (const type of ['pointerdown', 'mousedown', 'touchstart']) table.addEventListener(type, () => this.onOpen());
    return table;
  }
  override ignoreEvent() {
    return true;
  }
}

/** Live Preview's table widget as the tests render it: each table of the note as a <table> (ours, not Obsidian's). */
export const tableWidgetsOf = (onOpen: () => void = () => {}): Extension =>
  StateField.define<DecorationSet>({
  create: (state) => tables(state, onOpen),
  update: (value, tr) => (tr.docChanged ? tables(tr.state, onOpen) : value),
  provide: (field) => EditorView.decorations.from(field),
});

function tables(state: EditorState, onOpen: () => void): DecorationSet {
  const ranges = [];
  const doc = state.doc;
  for (let n = 1; n <= doc.lines; n++) {
    if (!doc.line(n).text.startsWith('|')) continue;
    let end = n;
    while (end < doc.lines && doc.line(end + 1).text.startsWith('|')) end++;
    const from = doc.line(n).from;
    const to = doc.line(end).to;
    ranges.push(Decoration.replace({ widget: new TableWidget(doc.sliceString(from, to), onOpen), block: true }).range(from, to));
    n = end;
  }
  return Decoration.set(ranges);
}

