import { checkboxAt, twinsOf } from './checkboxAt';
import { extractNote } from './extract';
import { LineMap } from './lines';
import type { Checkbox } from './types';
import { refOf } from '../model/ref';

/** A checkbox of a table cell: its bytes in the note and what it says. */
export type CellBox = Pick<Checkbox, 'kind' | 'start' | 'end' | 'checked' | 'id'>;

/** One table's checkboxes, `rows[row][cell]`, the header row first (as a rendered table has it). */
export interface SectionTable {
  line: number;
  /** The header cells' text, to recognise a rendered table when no line numbers are known. */
  header: string[];
  rows: CellBox[][][];
}

/**
 * The tables within lines `fromLine`..`toLine` (1-based) of a note, with the checkboxes
 * of each cell in order — what a rendered section shows. Only those lines are parsed.
 * Offsets are into the whole text.
 */
export function tablesInLines(text: string, fromLine: number, toLine: number): SectionTable[] {
  const lines = new LineMap(text);
  const first = Math.max(1, fromLine);
  const last = Math.min(lines.lineCount, toLine);
  if (first > last) return [];
  const from = lines.starts[first - 1];
  const to = last < lines.lineCount ? lines.starts[last] : text.length;
  // A leading "---" in a slice would read as frontmatter; a space keeps it a rule.
  const slice = text.slice(from, to);
  const doc = extractNote('section.md', slice.startsWith('---') ? ` ${slice.slice(1)}` : slice);
  const tables: SectionTable[] = [];
  for (const block of doc.blocks) {
    if (block.type !== 'table') continue;
    const row = (cells: typeof block.header) => cells.map((cell) => cell.checkboxes.map((box) => ({ kind: box.kind, start: box.start + from, end: box.end + from, checked: box.checked, id: box.id })));
    tables.push({ line: block.line + first - 1, header: block.header.map((cell) => cell.text), rows: [row(block.header), ...block.rows.map((r) => row(r.cells))] });
  }
  return tables;
}

/** What a rendered cell shows: its checkboxes in order, with the id an HTML one carries. */
export interface ShownBox {
  kind: CellBox['kind'];
  id: string | null;
}

/**
 * Pairs the checkboxes a rendered cell shows with its source checkboxes: only when they
 * agree in number, kind and order, and every id both sides carry is the same. Otherwise
 * null: that cell's checkboxes are left alone rather than guessed at.
 */
export function pairCell(shown: readonly ShownBox[], source: readonly CellBox[]): CellBox[] | null {
  if (shown.length !== source.length) return null;
  for (let i = 0; i < shown.length; i++) {
    if (shown[i].kind !== source[i].kind) return null;
    const a = shown[i].id?.toLowerCase() ?? null;
    const b = source[i].id?.toLowerCase() ?? null;
    if (a !== null && b !== null && a !== b) return null;
  }
  return [...source];
}

/** Where a clicked checkbox stands in a rendered table, and what that table showed. */
export interface RenderedClick {
  /** Row and cell of the rendered table (the header row is row 0). */
  row: number;
  cell: number;
  /** The cell's checkboxes as rendered, in order, and which of them was clicked. */
  shown: readonly ShownBox[];
  index: number;
  /** The state the clicked box showed before the click. */
  shownBefore: boolean;
}

/**
 * The source checkbox a click in a rendered table stands for (Reading view and Live
 * Preview alike): the cell's checkboxes must pair with the source's (pairCell), and the
 * clicked one must still say what was shown, else the rendering is older than the note
 * and nothing is written. Only the kinds the rendering turns into checkboxes are paired
 * (Live Preview shows no `[ ]` in a cell as one).
 */
export function clickedCheckbox(source: SectionTable | undefined, click: RenderedClick, kinds: readonly CellBox['kind'][] = ['gfm', 'html']): { box: CellBox } | { reason: string } {
  const cell = source?.rows[click.row]?.[click.cell];
  if (!cell) return { reason: 'this table no longer matches the note' };
  const paired = pairCell(click.shown, cell.filter((box) => kinds.includes(box.kind)));
  if (!paired || !paired[click.index]) return { reason: "this cell's checkboxes no longer match the note" };
  const box = paired[click.index];
  if (box.checked !== click.shownBefore) return { reason: 'the note changed since it was shown' };
  return { box };
}

/** The ref of a checkbox found at known offsets of a note's text. */
export function refAt(path: string, text: string, box: CellBox): string {
  const lines = new LineMap(text);
  const status = box.kind === 'gfm' ? text[box.start + 1] : box.checked ? 'x' : ' ';
  return refOf(path, checkboxAt(lines, twinsOf(lines), box.kind, box.start, box.end, status, box.id));
}

/** Checkbox kinds per cell, row by row: the shape a rendered table must have to be this one. */
export function tableShape(rows: readonly (readonly (readonly { kind: CellBox['kind'] }[])[])[]): string {
  return rows.map((row) => row.map((cell) => cell.map((box) => (box.kind === 'html' ? 'h' : 'g')).join('')).join('|')).join('\n');
}
