import type { Checkbox, ListEntry, NoteDoc } from './types';

/** Every checkbox of a note, in document order: task markers, and HTML boxes in table cells and list items. */
export function checkboxesOf(doc: NoteDoc): Checkbox[] {
  const boxes: Checkbox[] = [];
  const fromEntries = (entries: readonly ListEntry[]) => {
    for (const entry of entries) {
      if (entry.checkbox) boxes.push(entry.checkbox);
      fromEntries(entry.children);
    }
  };
  for (const block of doc.blocks) {
    if (block.type === 'list') fromEntries(block.items);
    if (block.type === 'table') for (const cell of [...block.header, ...block.rows.flatMap((row) => row.cells)]) boxes.push(...cell.checkboxes);
  }
  // A list item's HTML box is its checkbox and also sits in its text: count it once.
  return [...new Map(boxes.map((box) => [box.start, box])).values()].sort((a, b) => a.start - b.start);
}
