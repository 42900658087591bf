import { Annotation, type Extension } from '@codemirror/state';
import { EditorView, ViewPlugin } from '@codemirror/view';
import { checkboxSplice } from '../core/edit/checkboxSplice';
import { clickedCheckbox, tablesInLines, type CellBox } from '../core/parse/tableCheckboxes';
import { isCheckboxInput } from '../ui/elements';

/** Marks the transactions these extensions make (a toggle by click). */
export const checkboxClick = Annotation.define<boolean>();

export interface ClickOptions {
  /** Says why a click changed nothing (the plugin shows a notice). */
  onRefuse?(reason: string): void;
  /** Whether the editor shows Live Preview (in Source mode nothing is rendered). */
  isLivePreview?(view: EditorView): boolean;
  /**
   * The plugin's one write path (SPEC §3): the clicked checkbox set to `checked`, as an
   * action, written as one transaction of this editor with what goes along (its row's
   * Status cell). Without it (the extension on its own) the click is the checkbox's
   * splice alone.
   */
  toggle?(view: EditorView, box: CellBox, checked: boolean): void;
}

/** The splice that sets one checkbox to `checked`. */
export function toggleChange(view: EditorView, box: CellBox, checked: boolean): { from: number; to: number; insert: string } {
  return checkboxSplice(box, view.state.doc.sliceString(box.start, box.end), checked);
}

/**
 * A rendered checkbox in a table of this editor's own widgets: not one of our inline
 * boxes, not inside an embedded note or another plugin's rendering (which share the
 * editor's DOM), and not inside a nested cell editor (each has its own extensions).
 */
function tableCheckbox(view: EditorView, target: EventTarget | null): HTMLInputElement | null {
  if (!isCheckboxInput(target) || target.classList.contains('roadmap-inline-checkbox')) return null;
  const table = target.closest('table');
  if (!table || !view.contentDOM.contains(table) || table.closest('.cm-editor') !== view.dom) return null;
  if (target.closest('.cm-editor') !== view.dom) return null;
  const foreign = target.closest('.markdown-embed, .internal-embed, [class*="block-language-"]');
  return foreign && view.dom.contains(foreign) ? null : target;
}

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
 * Live Preview: a click on a checkbox inside a rendered table of this note toggles
 * exactly its bytes with one transaction (so Mod+Z undoes it), and the table does not
 * open for editing. Whether a checkbox is one of this note's is decided first — its
 * table found in the note's text and the box paired with its source — and only then are
 * the events stopped: `pointerdown`, `mousedown` and `touchstart` (any of which opens
 * Obsidian's table for editing) and `click`. Every other event passes untouched, so an
 * embedded note's table or another plugin's keeps its own behaviour. Listeners sit in
 * the capture phase on the editor, ahead of the table's own handlers.
 */
export function tableCheckboxClicks(options: ClickOptions = {}): Extension {
  return ViewPlugin.define((view) => {
    const live = () => options.isLivePreview?.(view) ?? true;
    // Before the click the box shows what it showed; during `click` the browser has
    // already flipped it, so what it showed before is the opposite.
    const ours = (event: Event, flipped: boolean) => {
      const input = live() ? tableCheckbox(view, event.target) : null;
      if (!input) return null;
      const found = locateInTable(view, input, flipped ? !input.checked : input.checked);
      return { input, found };
    };
    const hold = (event: Event) => {
      const hit = ours(event, false);
      if (!hit || ('reason' in hit.found && !isOwnTable(view, hit.input))) return;
      // Not preventDefault on touch and pointer events: that would cancel the click.
      if (event.type === 'mousedown') event.preventDefault();
      event.stopPropagation();
    };
    const click = (event: MouseEvent) => {
      const hit = ours(event, true);
      if (!hit) return;
      if ('reason' in hit.found) {
        // A checkbox in a table of this note whose rendering is older than the text: the
        // browser's flip is undone and nothing is written.
        if (isOwnTable(view, hit.input)) {
          event.preventDefault();
          event.stopPropagation();
          options.onRefuse?.(hit.found.reason);
        }
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      const { box } = hit.found;
      if (options.toggle) options.toggle(view, box, !box.checked);
      else view.dispatch({ changes: [toggleChange(view, box, !box.checked)], annotations: checkboxClick.of(true), userEvent: 'input.toggle' });
    };
    const holds = ['pointerdown', 'mousedown', 'touchstart'] as const;
    for (const type of holds) view.dom.addEventListener(type, hold, true);
    view.dom.addEventListener('click', click, true);
    return {
      destroy() {
        for (const type of holds) view.dom.removeEventListener(type, hold, true);
        view.dom.removeEventListener('click', click, true);
      },
    };
  });
}

/**
 * Whether a table stands for a table of this note's text: some table rows around the
 * widget's position. (A stale rendering of such a table is refused with a reason; a
 * table that is not the note's is left alone.)
 */
function isOwnTable(view: EditorView, input: HTMLInputElement): boolean {
  try {
    const line = view.state.doc.lineAt(view.posAtDOM(input.closest('table')!));
    return line.text.includes('|');
  } catch {
    return false;
  }
}
