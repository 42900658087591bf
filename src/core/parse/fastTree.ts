import type { Heading, List, ListItem, Paragraph, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { fastInline, GIVE_UP, giveUp, span } from './fastInline';

/**
 * A fast reader for the plain Markdown most notes are made of — ATX headings, tables
 * with leading and trailing pipes, `-`/`*`/`+`/`1.` lists (tasks, nesting), fenced code,
 * one-line paragraphs — that builds the same mdast the CommonMark + GFM parser builds,
 * for the parts the extract reads. On anything else (emphasis, code spans, escapes,
 * entities, links other than wikilinks, HTML other than <br> and <input>, quotes,
 * setext headings, lazy lines…) it gives up and returns null: the caller parses that
 * piece with remark. A differential test holds the two to the same extract.
 */
export function fastTree(text: string, from: number, to: number): Root | null {
  const lines = splitLines(text, from, to);
  const reader = new Reader(text, lines);
  try {
    return { type: 'root', children: reader.blocks(), position: span(from, to) };
  } catch (error) {
    if (error === GIVE_UP) return null;
    throw error;
  }
}

interface Line {
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
  text: string;
}

function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let at = from;
  while (at < to) {
    let eol = text.indexOf('\n', at);
    if (eol === -1 || eol > to) eol = to;
    const end = eol > at && text[eol - 1] === '\r' ? eol - 1 : eol;
    lines.push({ start: at, end, text: text.slice(at, end) });
    at = eol + 1;
  }
  return lines;
}

const BLANK = /^[ \t]*$/;
/**
 * Starts of lines (indentation removed) that would turn running text into something
 * else; a list marker followed by a tab among them (the tab's width decides what the
 * item holds).
 */
const INTERRUPTS = /^(?:\t|[>|<]|\[[^\]]*\]:|[-*_=](?:[ \t]*[-*_=])*[ \t]*$|#|`{3}|~{3}|(?:[-*+]|\d{1,9}[.)])\t)/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const HEADING = /^(#{1,6})(?:[ \t]+|$)/;
const ITEM = /^( *)([-*+]|\d{1,9}[.)])( +|$)/;
const DELIMITER = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;
/** A table's delimiter row in any of its forms (`--|--`, `| :- |`, `-|`). */
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/;
const TASK = /^\[([ xX])\](?=[ \t])/;
/** A list marker followed by a tab, at the start of a line. */
const MARKER_TAB = /^(?:[-*+]|\d{1,9}[.)])\t/;

class Reader {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly lines: Line[],
  ) {}

  blocks(): RootContent[] {
    const out: RootContent[] = [];
    let afterParagraph = false;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i];
      const t = line.text;
      if (BLANK.test(t)) {
        this.i++;
        afterParagraph = false;
        continue;
      }
      if (/^[ \t]/.test(t) || MARKER_TAB.test(t) || /^(?:>|<|\[[^\]]*\]:|[-*_](?:[ \t]*[-*_]){2,}[ \t]*$|=+[ \t]*$)/.test(t)) giveUp();
      if (FENCE.test(t)) this.fence(t);
      else if (HEADING.test(t)) out.push(this.heading(line));
      else if (t.startsWith('|')) {
        if (afterParagraph) giveUp();
        out.push(this.table());
      } else if (ITEM.test(t)) {
        const marker = ITEM.exec(t)!;
        if (afterParagraph && /^\d/.test(marker[2]) && !/^1[.)]$/.test(marker[2])) giveUp();
        out.push(this.list());
      } else {
        out.push(this.paragraph(line));
        afterParagraph = true;
        continue;
      }
      afterParagraph = false;
    }
    return out;
  }

  private fence(opening: string): void {
    const [, fence, info] = FENCE.exec(opening)!;
    if (fence[0] === '`' && info.includes('`')) giveUp();
    this.i++;
    while (this.i < this.lines.length) {
      const t = this.lines[this.i++].text;
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(t);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) return;
    }
  }

  private heading(line: Line): Heading {
    this.i++;
    const marks = HEADING.exec(line.text)![1];
    let start = line.start + marks.length;
    let end = line.end;
    const rest = this.text.slice(start, end);
    // A closing run of #s (after white space) is not part of the heading.
    const closing = /(?:^|[ \t]+)#+[ \t]*$/.exec(rest);
    if (closing) end = start + closing.index;
    ({ start, end } = trim(this.text, start, end));
    return { type: 'heading', depth: marks.length as Heading['depth'], children: fastInline(this.text, start, end), position: span(line.start, line.end) };
  }

  private paragraph(line: Line): Paragraph {
    this.i++;
    let last = line;
    // Following lines continue the paragraph until a blank line or a block that may
    // interrupt one; a line that could make it a setext heading or a table is not ours.
    for (;;) {
      const next = this.lines[this.i];
      if (!next || BLANK.test(next.text) || HEADING.test(next.text) || FENCE.test(next.text)) break;
      const item = ITEM.exec(next.text);
      if (item && item[1].length <= 3 && item[3] !== '' && (!/^\d/.test(item[2]) || /^1[.)]$/.test(item[2]))) break;
      // A delimiter row makes the lines above a table, leading pipes or not.
      if (INTERRUPTS.test(next.text.trimStart()) || /^ *\t/.test(next.text) || TABLE_DELIMITER.test(next.text)) giveUp();
      last = next;
      this.i++;
    }
    const { start } = trim(this.text, line.start, line.end);
    const end = trimEnd(this.text, last.start, last.end);
    return { type: 'paragraph', children: fastInline(this.text, start, end), position: span(start, end) };
  }

  private table(): Table {
    const header = this.lines[this.i];
    const delimiter = this.lines[this.i + 1];
    if (!delimiter || !DELIMITER.test(delimiter.text)) giveUp();
    const width = delimiter.text.split('|').length - 2;
    const rows: TableRow[] = [this.row(header, width)];
    this.i += 2;
    while (this.i < this.lines.length && this.lines[this.i].text.startsWith('|')) rows.push(this.row(this.lines[this.i++], width));
    const after = this.lines[this.i];
    if (after && !BLANK.test(after.text)) giveUp();
    const last = rows[rows.length - 1].position!.end.offset!;
    return { type: 'table', align: Array.from({ length: width }, () => null), children: rows, position: span(header.start, last) };
  }

  private row(line: Line, width: number): TableRow {
    const end = trimEnd(this.text, line.start, line.end);
    if (this.text[end - 1] !== '|' || end - line.start < 2) giveUp();
    const pipes: number[] = [];
    for (let at = line.start; at < end; at++) if (this.text[at] === '|') pipes.push(at);
    if (pipes.length - 1 !== width) giveUp();
    // As remark has them: a row and its last cell run to the end of the line, trailing
    // white space included.
    const cells: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      const content = trim(this.text, pipes[c] + 1, pipes[c + 1]);
      const cellEnd = c === width - 1 ? line.end : pipes[c + 1];
      cells.push({ type: 'tableCell', children: fastInline(this.text, content.start, content.end), position: span(pipes[c], cellEnd) });
    }
    return { type: 'tableRow', children: cells, position: span(line.start, line.end) };
  }

  private list(): List {
    const first = ITEM.exec(this.lines[this.i].text)!;
    return this.listAt(first[1].length, first[2]);
  }

  /** A list whose items' markers stand at `indent`; nested items become child lists. */
  private listAt(indent: number, firstMarker: string): List {
    const type = kind(firstMarker);
    const items: ListItem[] = [];
    const startOffset = this.lines[this.i].start + indent;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i];
      const match = ITEM.exec(line.text);
      if (!match) {
        if (HEADING.test(line.text) || FENCE.test(line.text)) break;
        if (!BLANK.test(line.text)) giveUp();
        // Blank lines, however many: the list goes on only if an item at this level follows.
        let after = this.i + 1;
        while (after < this.lines.length && BLANK.test(this.lines[after].text)) after++;
        const next = this.lines[after];
        const more = next && ITEM.exec(next.text);
        if (!more || more[1].length !== indent || kind(more[2]) !== type) break;
        this.i = after;
        continue;
      }
      const ind = match[1].length;
      if (ind < indent) break;
      if (ind > indent) giveUp();
      if (kind(match[2]) !== type) giveUp();
      items.push(this.item(line, match));
    }
    if (!items.length) giveUp();
    const end = items[items.length - 1].position!.end.offset!;
    const ordered = /^\d/.test(firstMarker);
    return { type: 'list', ordered, start: ordered ? parseInt(firstMarker, 10) : null, spread: false, children: items, position: span(startOffset, end) };
  }

  private item(line: Line, match: RegExpExecArray): ListItem {
    const [, lead, marker, spaces] = match;
    if (spaces === '' || spaces.length > 4 || line.text.includes('\t')) giveUp();
    const contentCol = lead.length + marker.length + spaces.length;
    const markerStart = line.start + lead.length;
    let contentStart = line.start + contentCol;
    const content = this.text.slice(contentStart, line.end);
    if (!content.trim() || /^\[[ xX]\][ \t]*$/.test(content) || /^(?:[-*+>|#<]|\d{1,9}[.)](?:[ \t]|$)|`{3}|~{3})/.test(content)) giveUp();
    let checked: boolean | null = null;
    const task = TASK.exec(content);
    if (task) {
      checked = task[1] !== ' ';
      const after = content.slice(3);
      const gap = /^[ \t]+/.exec(after)![0].length;
      if (!after.trim() || /^(?:[-*+>|#<]|\d{1,9}[.)](?:[ \t]|$))/.test(after.slice(gap))) giveUp();
      contentStart += 3 + gap;
    }
    const textStart = trim(this.text, contentStart, line.end).start;
    let textEnd = trimEnd(this.text, textStart, line.end);
    // The item runs to the end of its last line, trailing white space included (as in remark).
    let lineEnd = line.end;
    this.i++;
    // Lines that continue the item's first paragraph (indented or lazy).
    for (;;) {
      const next = this.lines[this.i];
      if (!next || BLANK.test(next.text) || ITEM.test(next.text) || HEADING.test(next.text) || FENCE.test(next.text)) break;
      if (INTERRUPTS.test(next.text.trimStart()) || /^ *\t/.test(next.text) || TABLE_DELIMITER.test(next.text)) giveUp();
      textEnd = trimEnd(this.text, next.start, next.end);
      lineEnd = next.end;
      this.i++;
    }
    const children: ListItem['children'] = [{ type: 'paragraph', children: fastInline(this.text, textStart, textEnd), position: span(textStart, lineEnd) }];
    let end = lineEnd;
    // Nested items: markers at or past this item's content column.
    for (;;) {
      const next = this.lines[this.i];
      if (!next || HEADING.test(next.text) || FENCE.test(next.text)) break;
      if (BLANK.test(next.text)) {
        const after = this.lines[this.i + 1];
        const deeper = after && ITEM.exec(after.text);
        if (deeper && deeper[1].length >= contentCol) giveUp();
        break;
      }
      const nested = ITEM.exec(next.text);
      if (!nested) giveUp();
      const ind = nested[1].length;
      if (ind < contentCol) break;
      if (ind >= contentCol + 4) giveUp();
      const sub = this.listAt(ind, nested[2]);
      children.push(sub);
      end = sub.position!.end.offset!;
    }
    return { type: 'listItem', spread: false, checked, children, position: span(markerStart, end) };
  }
}

const kind = (marker: string) => (/^\d/.test(marker) ? marker.slice(-1) : marker);

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  return { start, end: trimEnd(text, start, end) };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}
