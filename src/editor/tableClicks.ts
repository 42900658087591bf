import { Annotation, type Extension } from '@codemirror/state';
import { EditorView, ViewPlugin } from '@codemirror/view';
import { setHtmlChecked } from '../core/edit/htmlToggle';
import { pairCell, tablesInLines, type CellBox } from '../core/parse/tableCheckboxes';

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
  const old = view.state.doc.sliceString(box.start, box.end);
  return { from: box.start, to: box.end, insert: box.kind === 'gfm' ? (checked ? '[x]' : '[ ]') : setHtmlChecked(old, checked) };
}

const isTableCheckbox = (target: EventTarget | null): target is HTMLInputElement =>
  target instanceof HTMLInputElement && target.type === 'checkbox' && !target.classList.contains('roadmap-inline-checkbox') && target.closest('table') !== null;

/**
 * Which source checkbox a checkbox of a rendered table is: the table is the one the
 * widget stands for (its lines around the widget's position), the row and cell are the
 * element's, and within the cell the checkboxes pair up in order with matching ids.
 */
export function locateInTable(view: EditorView, input: HTMLInputElement): { box: CellBox } | { reason: string } {
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
  const sourceCell = source?.rows[row.rowIndex]?.[cell.cellIndex];
  if (!sourceCell) return { reason: 'this table no longer matches the note' };
  const shown = [...cell.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const html = sourceCell.filter((box) => box.kind === 'html');
  const paired = pairCell(shown.map((el) => ({ kind: 'html', id: el.getAttribute('id') })), html);
  if (!paired) return { reason: "this cell's checkboxes no longer match the note" };
  return { box: paired[shown.indexOf(input)] };
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
      const found = locateInTable(view, input);
      if ('reason' in found) return options.onRefuse?.(found.reason);
      if (found.box.checked !== shownBefore) return options.onRefuse?.('the table shows an older state of the note');
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
