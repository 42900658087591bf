import type { Cell, NoteDoc } from '../../src/core/parse/types';

export { checkboxesOf } from '../../src/core/parse/checkboxesOf';

/** Every table cell of an extract, for offset checks. */
export function cellsOf(doc: NoteDoc): Cell[] {
  return doc.blocks.flatMap((block) => (block.type === 'table' ? [...block.header, ...block.rows.flatMap((row) => row.cells)] : []));
}
