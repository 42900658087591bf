import { Annotation, type Extension } from '@codemirror/state';
import { EditorView, ViewPlugin } from '@codemirror/view';
import { checkboxSplice } from '../core/edit/checkboxSplice';
import { clickedCheckbox, tablesInLines, type CellBox } from '../core/parse/tableCheckboxes';

/** Marks the transactions these extensions make (a toggle by click). */
export const checkboxClick = Annotation.define<boolean>();

export interface ClickOptions {
  /** Says why a click changed nothing (the plugin shows a notice). */
  onRefuse?(reason: string): void;
  /** Whether the editor shows Live Preview (in Source mode nothing is rendered). */
  isLivePreview?(view: EditorView): boolean;
}

/** The splice that sets one checkbox to `checked`. */
export function toggleChange(view: EditorView, box: CellBox, checked: boolean): { from: number; to: number; insert: string } {
  return checkboxSplice(box, view.state.doc.sliceString(box.start, box.end), checked);
}

const isTableCheckbox = (target: EventTarget | null): target is HTMLInputElement =>
  target instanceof HTMLInputElement && target.type === 'checkbox' && !target.classList.contains('roadmap-inline-checkbox') && target.closest('table') !== null;

/**
 * Which source checkbox a clicked checkbox of a rendered table is: the table is the one
 * the widget stands for (its lines around the widget's position), the row and cell are
 * the element's, and within the cell the checkboxes pair up in order with matching ids
 * (clickedCheckbox); `shownBefore` is what the box showed before the click.
 */
export function locateInTable(view: EditorView, input: HTMLInputElement, shownBefore: boolean): { box: CellBox } | { reason: string } {
  const table = input.closest('table')!;
  const cell = input.closest<HTMLTableCellElement>('td, th');
  const row = cell?.parentElement as HTMLTableRowElement | null;
  if (!cell || !row) return { reason: 'this checkbox is not in a table cell' };
  const doc = view.state.doc;
  let at: number;
  try {
    at = view.posAtDOM(table);
  } catch {
    return { reason: 'this table is not part of the note' };
  }
  const line = doc.lineAt(at).number;
  const isRow = (n: number) => doc.line(n).text.includes('|') && doc.line(n).text.trim() !== '';
  let first = line;
  let last = line;
  while (first > 1 && isRow(first - 1)) first--;
  while (last < doc.lines && isRow(last + 1)) last++;
  const source = tablesInLines(doc.toString(), first, last)[0];
  const shown = [...cell.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const click = { row: row.rowIndex, cell: cell.cellIndex, shown: shown.map((el) => ({ kind: 'html' as const, id: el.getAttribute('id') })), index: shown.indexOf(input), shownBefore };
  // Live Preview's table widget shows a `[ ]` in a cell as text: only HTML boxes pair.
  return clickedCheckbox(source, click, ['html']);
}

/**
 * Live Preview: a click on a checkbox inside a rendered table toggles exactly its bytes
 * with one transaction (so Mod+Z undoes it), and the table does not open for editing.
 * Listeners sit in the capture phase on the editor, ahead of the table's own handlers
 * and of any other plugin's, so one click is one toggle.
 */
export function tableCheckboxClicks(options: ClickOptions = {}): Extension {
  return ViewPlugin.define((view) => {
    const live = () => options.isLivePreview?.(view) ?? true;
    const swallow = (event: MouseEvent) => {
      if (!live() || !isTableCheckbox(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    const click = (event: MouseEvent) => {
      if (!live() || !isTableCheckbox(event.target)) return;
      const input = event.target;
      event.preventDefault();
      event.stopPropagation();
      // The browser already flipped the box for this click; what it showed before is the opposite.
      const shownBefore = !input.checked;
      const found = locateInTable(view, input, shownBefore);
      if ('reason' in found) return options.onRefuse?.(found.reason);
      view.dispatch({ changes: toggleChange(view, found.box, !found.box.checked), annotations: checkboxClick.of(true), userEvent: 'input.toggle' });
    };
    view.dom.addEventListener('mousedown', swallow, true);
    view.dom.addEventListener('click', click, true);
    return {
      destroy() {
        view.dom.removeEventListener('mousedown', swallow, true);
        view.dom.removeEventListener('click', click, true);
      },
    };
  });
}
