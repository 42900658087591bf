/**
 * Where a long note may be cut into pieces that are parsed one at a time (SPEC §2.6).
 * A cut must never change what the parser reads: it falls only before a line that starts
 * a block wherever it stands — any block at column 0 after a blank line, a list item of a
 * list that is already running, a table row (the piece then carries the table's header
 * and delimiter lines, see `Piece.head`) — and never inside code, a comment or an HTML
 * block. Lists in quotes and callouts are cut the same way at their own quote level;
 * quoted tables are not cut. The differential tests in pieces.test.ts hold every cut to
 * the model of a whole parse.
 */

/** A piece `[from, to)`; `head` is the range of the table header the piece continues. */
export interface Piece {
  from: number;
  to: number;
  head: [number, number] | null;
}

/** Characters per parsed piece of a long note (~20–40 ms of parsing here). */
export const CHUNK = 6000;

const QUOTE = /^(?: {0,3}>[ \t]?)+/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_BREAK = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|`{3}|~{3}|<|(?:[-*_][ \t]*){3,}$)/;
const ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const BULLET_WITH_TEXT = /^[-*+][ \t]+\S/;
const NUMBERED_WITH_TEXT = /^\d{1,9}[.)][ \t]+\S/;
const DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** CommonMark HTML blocks 1–5: they run, over blank lines, to their own end marker. */
const UNTIL: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** CommonMark HTML blocks 6 (a block-level tag) and 7 (a complete tag alone on its line): to the next blank line. */
const BLOCK_TAG =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
const LONE_TAG = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

/** Where a text may be cut into independently parsed pieces. */
export function pieceBounds(text: string, from = 0, chunk = CHUNK): Piece[] {
  if (text.length - from <= chunk * 1.5) return [{ from, to: text.length, head: null }];
  const pieces: Piece[] = [];
  let start = from;
  let startHead: [number, number] | null = null;
  let fence: { marker: string; depth: number } | null = null;
  /** The end marker of an open HTML block of kinds 1–5 (a comment…), which ignores blank lines. */
  let until: RegExp | null = null;
  /** An HTML block of kind 6 or 7 is open: it ends at the next blank line. */
  let html = false;
  /** A fence-like line inside an HTML block: what follows is not cut at all (one piece, one parse). */
  let unsure = false;
  let blankBefore = false;
  let previousDepth = 0;
  /** Quote depth of the list whose item lines run up to here; -1 when none does. */
  let listDepth = -1;
  /** A list item may be open at this quote level, so a line at column 0 may be its lazy text. */
  let itemOpen = false;
  /** The table whose rows run up to here: its header lines and quote depth. */
  let table: { head: [number, number]; depth: number } | null = null;
  /** The line before (null when it was blank), and whether it started after a blank line or heading. */
  let previous: { start: number; body: string; depth: number; afterBreak: boolean } | null = null;

  for (let at = from; at < text.length; ) {
    const eol = text.indexOf('\n', at);
    const next = eol === -1 ? text.length : eol + 1;
    const line = text.slice(at, eol === -1 ? text.length : eol).replace(/\r$/, '');
    const quote = QUOTE.exec(line)?.[0] ?? '';
    const depth = quote ? quote.split('>').length - 1 : 0;
    const body = line.slice(quote.length);
    const blank = body.trim() === '';
    if (fence && depth < fence.depth) fence = null;
    // As GFM has it, a table runs to a blank line or another block: a line without pipes is a row too.
    if (table && (blank || depth !== table.depth || TABLE_BREAK.test(body) || ITEM.test(body))) table = null;

    const open = fence || until || html || unsure;
    const due = at > start && (at - start >= chunk || next - at > chunk);
    if (!open && due) {
      const sameLevel = depth === previousDepth;
      let head: [number, number] | null | undefined;
      if (blankBefore && depth === 0 && /^[^\s>]/.test(line)) head = null;
      else if (depth === 0 && BULLET_WITH_TEXT.test(body)) head = null;
      else if (sameLevel && listDepth === depth && (BULLET_WITH_TEXT.test(body) || NUMBERED_WITH_TEXT.test(body))) head = null;
      else if (table && sameLevel && body.startsWith('|') && previous && previous.depth === depth) head = table.head;
      if (head !== undefined) {
        pieces.push({ from: start, to: at, head: startHead });
        start = at;
        startHead = head;
      }
    }

    const opener = FENCE.exec(body);
    if (opener && !fence && (html || until)) unsure = true;
    if (fence) {
      // Inside code, deeper quote marks are the code's own text.
      if (depth === fence.depth && opener && opener[1][0] === fence.marker[0] && opener[1].length >= fence.marker.length && !body.slice(opener[0].length).trim()) fence = null;
    } else if (until) {
      if (until.test(line)) until = null;
    } else if (opener && !html && !(opener[1][0] === '`' && body.slice(opener[0].length).includes('`'))) {
      fence = { marker: opener[1], depth };
    } else if (!html && depth === 0) {
      const kind = UNTIL.find(([startsWith]) => startsWith.test(line));
      if (kind) {
        // A block that also ends on its first line (a one-line comment) leaves nothing open.
        const rest = line.slice(line.indexOf('<') + 2);
        if (!kind[1].test(rest)) until = kind[1];
      } else if (BLOCK_TAG.test(line) || LONE_TAG.test(line)) html = true;
    }
    if (blank) html = false;

    if (!fence && !until && !html) {
      // A table's header must not be a lazy line (one that may continue a list item's or
      // a deeper quote's paragraph) and must have as many cells as the delimiter row.
      // Quoted tables are not cut: how the parser ends them on lazy lines is not simple.
      if (!table && depth === 0 && previous && (previous.afterBreak || !itemOpen) && previous.depth === depth && DELIMITER.test(body) && body.includes('|') && /^[^\s]/.test(previous.body) && !ITEM.test(previous.body) && cellCount(previous.body) === cellCount(body)) {
        table = { head: [previous.start, next], depth };
      }
      if (depth !== previousDepth && !blank) listDepth = -1;
      // An item line starts an item when a list runs here already, after a break, or
      // when it may interrupt a paragraph (a bullet or `1.` with text); else it is text.
      if (ITEM.test(body)) listDepth = listDepth === depth || !previous || previous.depth !== depth || BULLET_WITH_TEXT.test(body) || /^1[.)][ \t]+\S/.test(body) ? depth : -1;
      else if (!blank && !/^[ \t]/.test(body)) listDepth = -1;
    } else if (depth !== previousDepth && !blank) listDepth = -1;
    if (!blank) {
      if (depth !== previousDepth) itemOpen = ITEM.test(body) || !!previous;
      else if (ITEM.test(body)) itemOpen = true;
      else if (/^#{1,6}(?:[ \t]|$)/.test(body) || (!previous && /^\S/.test(body))) itemOpen = false;
    }
    blankBefore = blank && depth === 0;
    previousDepth = depth;
    previous = blank ? null : { start: at, body, depth, afterBreak: !previous || (previous.depth === depth && /^#{1,6}(?:[ \t]|$)/.test(previous.body)) };
    at = next;
  }
  pieces.push({ from: start, to: text.length, head: startHead });
  return pieces;
}

/** Cells of a table line: pipes split them, except escaped ones; outer pipes are optional. */
function cellCount(line: string): number {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  let count = 1;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '|') count++;
  }
  return count;
}
