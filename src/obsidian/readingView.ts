import { TFile, type App, type MarkdownPostProcessor, type MarkdownPostProcessorContext } from 'obsidian';
import { clickedCheckbox, refAt, tableShape, tablesInLines, type SectionTable } from '../core/parse/tableCheckboxes';
import { isCheckboxInput, isTableCell, isTableRow, windowOf } from '../ui/elements';
import type { RoadmapWriter } from './writer';

const TEXT_BOX = 'roadmap-text-checkbox';
const MARKER = /^(\s*)\[([ xX])\](?=\s|$)/;

/**
 * Reading view: checkboxes in tables become clickable — HTML ones as rendered, and a
 * `[ ]` / `[x]` that opens a cell or a `<br>` piece of one (shown as text by Obsidian)
 * turned into a checkbox. A click toggles exactly its own bytes in the note the table
 * belongs to (embeds and hover previews included) through the plugin's write path.
 */
export function tableCheckboxesInReading(app: App, writer: RoadmapWriter): MarkdownPostProcessor {
  return (el, ctx) => {
    const tables = [...el.querySelectorAll('table')];
    for (const table of tables) {
      for (const cell of table.querySelectorAll<HTMLElement>('th, td')) markTextCheckboxes(cell);
      for (const input of table.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) input.disabled = false;
      // Capture phase, and the default prevented: the click is ours alone, so a plugin
      // listening for the box's change (Table Checkboxes) never toggles it a second time.
      table.addEventListener(
        'click',
        (event) => {
          const input = event.target;
          if (!isCheckboxInput(input)) return;
          event.preventDefault();
          event.stopPropagation();
          void toggleFromTable(app, writer, el, ctx, table, input);
        },
        true,
      );
    }
  };
}

/** A `[ ]` at the start of a cell or of a `<br>` piece, as Obsidian leaves it: text. */
function markTextCheckboxes(cell: HTMLElement): void {
  let pieceStart = true;
  for (const node of [...cell.childNodes]) {
    if (node.nodeName === 'BR') {
      pieceStart = true;
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) continue;
    if (pieceStart && node.nodeType === Node.TEXT_NODE) {
      const match = MARKER.exec(node.textContent ?? '');
      if (match) {
        const input = cell.createEl('input', { type: 'checkbox', cls: ['task-list-item-checkbox', TEXT_BOX] });
        input.checked = match[2] !== ' ';
        (node as Text).textContent = (node.textContent ?? '').slice(match[0].length);
        cell.insertBefore(input, node);
      }
    }
    pieceStart = false;
  }
}

const shownBoxes = (cell: Element) =>
  [...cell.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((el) => ({
    el,
    kind: el.classList.contains(TEXT_BOX) ? ('gfm' as const) : ('html' as const),
    id: el.classList.contains(TEXT_BOX) ? null : el.getAttribute('id'),
  }));

async function toggleFromTable(app: App, writer: RoadmapWriter, section: HTMLElement, ctx: MarkdownPostProcessorContext, table: HTMLTableElement, input: HTMLInputElement): Promise<void> {
  // The browser flipped the box for this click and puts it back (default prevented).
  const shownBefore = !input.checked;
  const refuse = (reason: string) => writer.refuse(reason);
  const file = app.vault.getAbstractFileByPath(ctx.sourcePath);
  if (!(file instanceof TFile)) return void refuse(`${ctx.sourcePath} is not a note of this vault`);

  // The text the table was rendered from: the section's, when Obsidian says which lines
  // it came from; else (some embeds and previews) the note now, where the table is the
  // one with this header and this checkbox layout — if exactly one is.
  const info = ctx.getSectionInfo(section);
  let text: string;
  let source: SectionTable | undefined;
  if (info) {
    text = info.text;
    source = tablesInLines(text, info.lineStart + 1, info.lineEnd + 1)[[...section.querySelectorAll('table')].indexOf(table)];
  } else {
    text = writer.editorText(file.path) ?? (await app.vault.read(file));
    const header = [...(table.rows[0]?.cells ?? [])].map((cell) => (cell.textContent ?? '').trim());
    const shape = tableShape([...table.rows].map((row) => [...row.cells].map(shownBoxes)));
    const candidates = tablesInLines(text, 1, Number.MAX_SAFE_INTEGER).filter((t) => tableShape(t.rows) === shape && t.header.join('\u241f') === header.join('\u241f'));
    if (candidates.length > 1) return void refuse('this table appears more than once in the note, so which one was clicked is not certain');
    source = candidates[0];
  }
  const cell = input.closest('td, th');
  const row = cell?.parentElement;
  if (!isTableCell(cell) || !isTableRow(row)) return void refuse('this table no longer matches the note');
  const shown = shownBoxes(cell);
  const found = clickedCheckbox(source, { row: row.rowIndex, cell: cell.cellIndex, shown, index: shown.findIndex((s) => s.el === input), shownBefore });
  if ('reason' in found) return void refuse(found.reason);
  const { box } = found;

  const ref = refAt(file.path, text, box);
  // A door of the one write path: the same toggle as every other door (SPEC §3).
  const outcome = await writer.perform({ kind: 'toggle', path: file.path, ref, want: !box.checked });
  // The section re-renders from the file; until it does, the box shows the file's state.
  // Set after the click has finished (a prevented click puts the box back at its end).
  windowOf(input).setTimeout(() => (input.checked = outcome.ok ? !box.checked : shownBefore), 0);
}
