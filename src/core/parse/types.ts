/**
 * The compact extract of one note: everything the model needs, with source offsets,
 * and nothing else. The syntax tree it came from is dropped as soon as this is built.
 * All offsets are UTF-16 indices into the note's full text (BOM included).
 */

/** One checkbox: an HTML `<input type="checkbox">` or a GFM `[ ]` marker. */
export interface Checkbox {
  kind: 'gfm' | 'html';
  /** Offsets of the checkbox's own bytes: `[ ]` or the whole `<input …>` tag. */
  start: number;
  end: number;
  /** Shown ticked: an HTML `checked`, or any status character but a space. */
  checked: boolean;
  /** The status character between a task marker's brackets; an HTML checkbox's is `x` or a space. */
  status: string;
  id: string | null;
  /** 1-based line number. */
  line: number;
  /** Index of this checkbox among the checkboxes of its line. */
  nth: number;
  /** Hash of the line's text with every checkbox state normalised (see ref.ts). */
  lineHash: string;
  /** Hash of the nearest non-blank line above, to tell identical lines apart. */
  ctxHash: string;
  /** How many lines of the note share this line's fingerprint, and which one this is. */
  twins: number;
  ordinal: number;
  /** How many checkboxes of the note carry this checkbox's id (0 without an id). */
  idCount: number;
}

export interface WikiLink {
  /** The link path as written, without `#heading`, `^block` or alias. */
  target: string;
  embed: boolean;
}

/** A piece of a table cell between `<br>` separators. */
export interface Segment {
  /** Display text: formatting removed, links shown as their text. */
  text: string;
  /** A checkbox that opens the segment, if any. */
  lead: Checkbox | null;
  /** Markdown link URLs and wikilink targets, in order. */
  links: string[];
}

export interface Cell {
  /** Content range between the cell's pipes. */
  start: number;
  end: number;
  /** Display text of the whole cell. */
  text: string;
  segments: Segment[];
  /** Every checkbox of the cell in order, and the text that follows each one (`labels[i]`). */
  checkboxes: Checkbox[];
  labels: string[];
}

export interface Row {
  line: number;
  /** Offset just past the row's last byte (before its line break). */
  end: number;
  cells: Cell[];
}

export interface HeadingBlock {
  type: 'heading';
  depth: number;
  text: string;
  line: number;
}

export interface TableBlock {
  type: 'table';
  line: number;
  header: Cell[];
  rows: Row[];
}

export interface ListEntry {
  line: number;
  /** Offsets of the whole item, its nested lists included. */
  start: number;
  end: number;
  /** The item's own marker: `- [ ]` or a leading HTML checkbox. */
  checkbox: Checkbox | null;
  /** Display text of the item's first paragraph. */
  text: string;
  links: string[];
  children: ListEntry[];
}

export interface ListBlock {
  type: 'list';
  line: number;
  items: ListEntry[];
}

export type Block = HeadingBlock | TableBlock | ListBlock;

export interface NoteDoc {
  path: string;
  /** The note's name: file name without `.md`. */
  title: string;
  tags: string[];
  /** Frontmatter `roadmap: true`. */
  roadmapFlag: boolean;
  /** Set when the frontmatter exists but is not valid YAML. */
  frontmatterError: string | null;
  /** Set when part of the note was too long to read without a break (see MAX_PIECE). */
  unread: string | null;
  blocks: Block[];
  links: WikiLink[];
}
