import type { PhrasingContent } from 'mdast';
import { STATUS_CHAR } from '../model/statuses';

// The fast reader's inline half (fastTree.ts reads the blocks): running text as text
// nodes around <br> and <input> tags, wikilinks left in the text, and a give-up on
// anything else, exactly where remark would build something more.

/** Thrown (and caught by fastTree) when the text is not plain enough: remark reads it. */
export const GIVE_UP = new Error('not plain enough for the fast reader');
export function giveUp(): never {
  throw GIVE_UP;
}

const point = (offset: number) => ({ line: 1, column: 1, offset });
/** A node position as remark gives it, from offsets (lines and columns are not read). */
export const span = (start: number, end: number) => ({ start: point(start), end: point(end) });

// What the fast reader does not know in running text.
const UNKNOWN_INLINE = /[*_`\\&~]|!\[|:\/\/|www\.|@/;
const TAG = /^<(br|input)(?=[\s/>])(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/i;
const BREAK = /^<br\s*\/?>$/i;

/** The inline nodes of `text.slice(start, end)`, with offsets into `text`. */
export function fastInline(text: string, start: number, end: number): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  if (start >= end) return nodes;
  const value = text.slice(start, end);
  if (UNKNOWN_INLINE.test(value)) giveUp();
  checkBrackets(value);
  let textStart = start;
  for (let at = start; at < end; at++) {
    if (text[at] !== '<') continue;
    const tag = TAG.exec(text.slice(at, end));
    if (!tag) giveUp();
    if (at > textStart) nodes.push({ type: 'text', value: text.slice(textStart, at), position: span(textStart, at) });
    const html = tag[0];
    if (!/^<input/i.test(html) && !BREAK.test(html)) giveUp();
    nodes.push({ type: 'html', value: html, position: span(at, at + html.length) });
    at += html.length - 1;
    textStart = at + 1;
  }
  if (textStart < end) nodes.push({ type: 'text', value: text.slice(textStart, end), position: span(textStart, end) });
  // Across lines, as CommonMark reads them: no indentation or trailing spaces, "\n" between.
  for (const node of nodes) if (node.type === 'text' && node.value.includes('\n')) node.value = node.value.replace(/[ \t]*\r?\n[ \t]*/g, '\n');
  return nodes;
}

/** Brackets only as wikilinks `[[…]]` and task markers `[ ]`, `[x]`, `[/]`… (not links). */
const MARKER = new RegExp(`\\[${STATUS_CHAR}\\](?![([:])`, 'g');
function checkBrackets(value: string): void {
  const rest = value.replace(/\[\[[^[\]\n]+\]\]/g, '').replace(MARKER, '');
  if (/[[\]]/.test(rest)) giveUp();
}
