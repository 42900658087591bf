import { afterEach, describe, expect, it } from 'vitest';
import { isCheckboxInput, isTableCell, isTableRow, windowOf } from '../../src/ui/elements';
import { cardMenuIn } from '../../src/ui/board/cardMenuPortal';

// What kind of element an event came from, in this window and in another realm (an
// iframe, as an Obsidian pop-out window is), and the card menu drawn in its own window's body.
let frame: HTMLIFrameElement | null = null;
afterEach(() => {
  frame?.remove();
  frame = null;
});

function otherRealm(): Document {
  frame = document.createElement('iframe');
  document.body.appendChild(frame);
  const doc = frame.contentDocument!;
  doc.body.replaceChildren();
  return doc;
}

function table(doc: Document) {
  const t = doc.createElement('table');
  const row = t.insertRow();
  const td = row.insertCell();
  const th = doc.createElement('th');
  row.appendChild(th);
  const box = doc.createElement('input');
  box.type = 'checkbox';
  const text = doc.createElement('input');
  text.type = 'text';
  td.appendChild(box);
  doc.body.appendChild(t);
  return { row, td, th, box, text };
}

describe('elements by tag, in any window', () => {
  for (const where of ['this window', 'another realm'] as const) {
    it(`${where}: checkboxes, cells and rows, and nothing else`, () => {
      const doc = where === 'this window' ? document : otherRealm();
      const { row, td, th, box, text } = table(doc);
      if (where === 'another realm') expect(Object.getPrototypeOf(box) === HTMLInputElement.prototype).toBe(false);
      expect(isCheckboxInput(box)).toBe(true);
      expect(isCheckboxInput(text)).toBe(false);
      expect(isCheckboxInput(td)).toBe(false);
      expect([isTableCell(td), isTableCell(th), isTableCell(row), isTableCell(box)]).toEqual([true, true, false, false]);
      expect([isTableRow(row), isTableRow(td)]).toEqual([true, false]);
      // A text node, a window and nothing at all are none of them.
      for (const other of [doc.createTextNode('TD'), doc.defaultView, null, undefined, { nodeType: 1, nodeName: 'TD' } as unknown as EventTarget]) {
        expect(isCheckboxInput(other as EventTarget)).toBe(false);
        expect(isTableRow(other as EventTarget)).toBe(false);
      }
      expect(windowOf(box)).toBe(doc.defaultView);
      row.parentElement!.parentElement!.remove();
    });
  }

  it('an element of no document falls back to this window', () => {
    const orphan = { ownerDocument: null } as unknown as Node;
    expect(windowOf(orphan)).toBe(window);
  });
});

describe('the card menu’s own root', () => {
  it('is mounted in the body of the anchor’s window, and removed by its cleanup', () => {
    const doc = otherRealm();
    const anchor = doc.createElement('div');
    doc.body.appendChild(anchor);
    const item = { title: 'Alpha', path: 'a.md', line: 1, state: 'todo', ref: null, tasks: [], links: [], fields: {}, due: null, start: null, status: null, progress: { done: 0, total: 0 } };
    const words = { group: [], item: [], status: [], done: [], due: [], start: [] };
    const attach = cardMenuIn({ at: { item, key: 'k', x: 10, y: 10 }, actions: {}, words, today: '2026-12-07', report: () => {}, onMoved: () => {}, onClose: () => {} } as never);
    const cleanup = attach(anchor);
    expect(doc.body.querySelector('[role="menu"]')).not.toBeNull();
    expect(document.body.contains(anchor)).toBe(false);
    cleanup();
    expect(doc.body.querySelector('[role="menu"]')).toBeNull();
  });
});
