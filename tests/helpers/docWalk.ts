import type { Cell, Checkbox, ListEntry, NoteDoc } from '../../src/core/parse/types';

/** Every checkbox an extract reports, and every table cell, for offset checks. */
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
    if (block.type === 'table') for (const cell of cellsOf(doc)) boxes.push(...cell.checkboxes);
  }
  return [...new Map(boxes.map((box) => [box.start, box])).values()].sort((a, b) => a.start - b.start);
}

export function cellsOf(doc: NoteDoc): Cell[] {
  return doc.blocks.flatMap((block) => (block.type === 'table' ? [...block.header, ...block.rows.flatMap((row) => row.cells)] : []));
}
