import type { List, ListItem, Nodes, Table, TableCell } from 'mdast';
import { readFrontmatter } from './frontmatter';
import { parseHtmlCheckbox } from './htmlCheckbox';
import { flattenInline, linkTargets, plainText, type InlineToken } from './inline';
import { checkboxAt, twinsOf } from './checkboxAt';
import type { TwinIndex } from './lineHash';
import { LineMap } from './lines';
import { fastTree } from './fastTree';
import { parseMarkdown } from './markdown';
import { maskHiddenRegions } from './mask';
import { scanNote, type NoteScan } from './scan';
import type { Block, Cell, Checkbox, ListBlock, ListEntry, NoteDoc, Segment, TableBlock, WikiLink } from './types';

/** File name without folder and `.md`: the note's title as Obsidian shows it. */
export function noteTitle(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.md$/i, '');
}

/**
 * Parses one note into its compact extract. `scan` may be passed when the caller already
 * scanned the note (tags), so the text is not scanned twice.
 */
export function extractNote(path: string, text: string, scan: NoteScan = scanNote(text)): NoteDoc {
  const steps = extractInSteps(path, text, scan);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, a piece at a time: a long note is parsed in pieces of about `CHUNK` chars
 * cut where a new top-level block must start (a heading or table row at column 0 after
 * a blank line, outside code), and the generator pauses between pieces so an indexer
 * can give the event loop a turn. Link reference definitions only reach links in their
 * own piece.
 */
export function* extractInSteps(path: string, text: string, scan: NoteScan = scanNote(text), chunk = CHUNK, fast = true): Generator<void, NoteDoc> {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = readFrontmatter(text);
  let masked = maskHiddenRegions(text);
  if (fm.end > 0) masked = masked.slice(0, fm.end).replace(/[^\r\n]/g, ' ') + masked.slice(fm.end);
  const extractor = new Extractor(text);
  const pieces = pieceBounds(masked, bom, chunk);
  let unread = 0;
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) yield;
    const [from, to] = pieces[i];
    // A stretch with no place to cut it (one huge paragraph, or input built to slow the
    // parser down) is not read: the note says so rather than hold the app for seconds.
    if (to - from > MAX_PIECE) {
      unread += to - from;
      continue;
    }
    // Plain pieces are read by the fast reader (offsets into the text already); the rest
    // by remark, whose offsets count from the start of what it parsed: parse the piece
    // (never the BOM) and shift every offset, so all offsets index the real file text.
    let tree = fast ? fastTree(masked, from, to) : null;
    if (!tree) {
      tree = parseMarkdown(masked.slice(from, to));
      if (from) shiftOffsets(tree, from);
    }
    extractor.walk(tree.children);
  }
  return {
    path,
    title: noteTitle(path),
    tags: scan.tags,
    roadmapFlag: scan.roadmapFlag,
    frontmatterError: scan.frontmatterError,
    unread: unread ? `${Math.round(unread / 1024)} KB without a paragraph break or heading were not read` : null,
    blocks: extractor.blocks,
    links: extractor.links,
  };
}

/** Characters per parsed piece of a long note (~20–40 ms of parsing here). */
export const CHUNK = 6000;

/** The longest piece that is parsed at all (~0.2 s of ordinary text, seconds of hostile). */
export const MAX_PIECE = 64 * 1024;

/** Where a text may be cut into independently parsed pieces: `[from, to)` ranges. */
export function pieceBounds(text: string, from = 0, chunk = CHUNK): [number, number][] {
  if (text.length - from <= chunk * 1.5) return [[from, text.length]];
  const pieces: [number, number][] = [];
  let start = from;
  let fence: string | null = null;
  let comment = false;
  let blankBefore = false;
  /** Inside <pre>, <script>, <style> or <textarea>: an HTML block that runs over blank lines. */
  let raw = false;
  /** Since the last blank line a line began with a tag: an HTML block may be open. */
  let html = false;
  /**
   * A fence-like line where an HTML block, comment or raw block may be open: whether it
   * opens a fence is not certain here, so nothing after it is cut (one piece, one parse).
   */
  let unsure = false;
  for (let at = from; at < text.length; ) {
    const eol = text.indexOf('\n', at);
    const next = eol === -1 ? text.length : eol + 1;
    const line = text.slice(at, eol === -1 ? text.length : eol);
    // Cut before a block that must start where it stands: any line at column 0 after a
    // blank line, or a bullet item at column 0 (a list split in two gives the same
    // items: a section gathers its lists). Never inside code, a comment or raw HTML.
    // A line longer than a piece gets a piece of its own, so what precedes it is read.
    if (!fence && !comment && !raw && !unsure && at > start && (at - start >= chunk || next - at > chunk) && ((blankBefore && /^[^\s>]/.test(line)) || (!html && /^[-*+][ \t]+\S/.test(line)))) {
      pieces.push([start, at]);
      start = at;
    }
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (opener && !fence && (html || comment || raw)) unsure = true;
    if (fence) {
      if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length && !line.slice(opener[0].length).trim()) fence = null;
    } else if (opener && !(opener[1][0] === '`' && line.slice(opener[0].length).includes('`'))) fence = opener[1];
    // An HTML comment block runs over blank lines until its "-->".
    if (comment) comment = !line.includes('-->');
    else if (!fence && /^ {0,3}<!--/.test(line)) comment = !line.includes('-->', line.indexOf('<!--') + 4);
    if (raw) raw = !/<\/(?:pre|script|style|textarea)>/i.test(line);
    else if (!fence && /^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i.test(line)) raw = !/<\/(?:pre|script|style|textarea)>/i.test(line);
    blankBefore = line.trim() === '';
    html = blankBefore ? false : html || /^ {0,3}</.test(line);
    at = next;
  }
  pieces.push([start, text.length]);
  return pieces;
}

function shiftOffsets(node: Nodes, by: number): void {
  if (node.position) {
    if (node.position.start.offset !== undefined) node.position.start.offset += by;
    if (node.position.end.offset !== undefined) node.position.end.offset += by;
  }
  if ('children' in node) for (const child of node.children) shiftOffsets(child, by);
}

const start = (node: Nodes) => node.position?.start.offset ?? 0;
const end = (node: Nodes) => node.position?.end.offset ?? 0;

class Extractor {
  readonly blocks: Block[] = [];
  readonly links: WikiLink[] = [];
  private readonly lines: LineMap;
  private twinsCache: TwinIndex | null = null;

  constructor(private readonly text: string) {
    this.lines = new LineMap(text);
  }

  /** Built on the first checkbox only: notes without checkboxes never pay for it. */
  private get twins(): TwinIndex {
    this.twinsCache ??= twinsOf(this.lines);
    return this.twinsCache;
  }

  walk(nodes: readonly Nodes[]): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading': {
          const tokens = this.inline(node.children);
          this.blocks.push({ type: 'heading', depth: node.depth, text: plainText(tokens), line: this.line(node) });
          break;
        }
        case 'table':
          this.blocks.push(this.table(node));
          break;
        case 'list':
          this.blocks.push(this.list(node));
          break;
        case 'blockquote':
          // Callouts and quotes: their lists and tables count as the section's own.
          this.walk(node.children);
          break;
        case 'paragraph':
          this.inline(node.children);
          break;
        default:
          break;
      }
    }
  }

  /** Flattens inline content and records the wikilinks it holds. */
  private inline(nodes: Parameters<typeof flattenInline>[0]): InlineToken[] {
    const tokens = flattenInline(nodes);
    for (const token of tokens) if (token.t === 'text') this.links.push(...token.links);
    return tokens;
  }

  private line(node: Nodes): number {
    return node.position?.start.line !== undefined ? this.lines.lineOf(start(node)) : 1;
  }

  private checkbox(kind: Checkbox['kind'], from: number, to: number, checked: boolean, id: string | null): Checkbox {
    return checkboxAt(this.lines, this.twins, kind, from, to, checked, id);
  }

  private htmlCheckbox(token: InlineToken): Checkbox | null {
    if (token.t !== 'html') return null;
    const info = parseHtmlCheckbox(token.value);
    return info ? this.checkbox('html', token.start, token.end, info.checked, info.id) : null;
  }

  private table(node: Table): TableBlock {
    const [head, ...body] = node.children;
    const cells = (row: Table['children'][number]) => row.children.map((cell, i) => this.cell(cell, i === row.children.length - 1));
    return {
      type: 'table',
      line: this.line(node),
      header: head ? cells(head) : [],
      rows: body.map((row) => ({ line: this.line(row), end: end(row), cells: cells(row) })),
    };
  }

  private cell(node: TableCell, last: boolean): Cell {
    let from = start(node);
    let to = end(node);
    if (this.text[from] === '|') from++;
    if (last && to > from && this.text[to - 1] === '|' && this.text[to - 2] !== '\\') to--;
    const tokens = this.inline(node.children);
    const pieces: InlineToken[][] = [[]];
    for (const token of tokens) {
      if (token.t === 'br') pieces.push([]);
      else pieces[pieces.length - 1].push(token);
    }
    const segments = pieces.map((piece) => this.segment(piece));
    const checkboxes: Checkbox[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const lead = segments[i].lead;
      for (const token of pieces[i]) {
        const box = this.htmlCheckbox(token);
        if (box && !(lead && lead.start === box.start)) checkboxes.push(box);
      }
      if (lead) checkboxes.push(lead);
    }
    checkboxes.sort((a, b) => a.start - b.start);
    return { start: from, end: to, text: segments.map((s) => s.text).filter(Boolean).join(' '), segments, checkboxes };
  }

  /** A `<br>`-separated piece of a cell: an optional leading checkbox, then text. */
  private segment(tokens: InlineToken[]): Segment {
    const rest = [...tokens];
    while (rest.length && rest[0].t === 'text' && rest[0].text.trim() === '') rest.shift();
    let lead: Checkbox | null = null;
    const first = rest[0];
    if (first) {
      lead = this.htmlCheckbox(first);
      if (lead) rest.shift();
      else if (first.t === 'text') {
        const marker = /^\s*\[([ xX])\](?=\s|$)/.exec(this.text.slice(first.start, first.end));
        if (marker) {
          const at = first.start + marker[0].length - 3;
          lead = this.checkbox('gfm', at, at + 3, marker[1] !== ' ', null);
          rest[0] = { ...first, text: first.text.replace(/^\s*\[[ xX]\]/, '') };
        }
      }
    }
    return { text: plainText(rest), lead, links: linkTargets(rest) };
  }

  private list(node: List): ListBlock {
    return { type: 'list', line: this.line(node), items: node.children.map((item) => this.listItem(item)) };
  }

  private listItem(node: ListItem): ListEntry {
    const [first] = node.children;
    let tokens = first && (first.type === 'paragraph' || first.type === 'heading') ? this.inline(first.children) : [];
    let checkbox: Checkbox | null = null;
    if (node.checked !== null && node.checked !== undefined) {
      const from = start(node);
      const marker = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\]/.exec(this.text.slice(from, from + 16));
      if (marker) {
        const at = from + marker[0].length - 3;
        checkbox = this.checkbox('gfm', at, at + 3, marker[1] !== ' ', null);
      }
    } else {
      const lead = tokens.findIndex((t) => !(t.t === 'text' && t.text.trim() === ''));
      checkbox = lead === -1 ? null : this.htmlCheckbox(tokens[lead]);
      if (checkbox) tokens = tokens.slice(lead + 1);
    }
    const children: ListEntry[] = [];
    for (const child of node.children) {
      if (child.type === 'list') for (const item of child.children) children.push(this.listItem(item));
      else if (child !== first && child.type === 'paragraph') this.inline(child.children);
      else if (child.type === 'blockquote') this.walkNested(child.children, children);
    }
    return { line: this.line(node), start: start(node), end: end(node), checkbox, text: plainText(tokens), links: linkTargets(tokens), children };
  }

  /** Lists inside a quote inside a list item still nest under that item. */
  private walkNested(nodes: readonly Nodes[], into: ListEntry[]): void {
    for (const node of nodes) {
      if (node.type === 'list') for (const item of node.children) into.push(this.listItem(item));
      else if (node.type === 'blockquote') this.walkNested(node.children, into);
    }
  }
}
