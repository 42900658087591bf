import type { List, ListItem, Nodes, Root, Table, TableCell } from 'mdast';
import { readFrontmatter } from './frontmatter';
import { parseHtmlCheckbox } from './htmlCheckbox';
import { flattenInline, linkTargets, plainText, type InlineToken } from './inline';
import { checkboxAt, twinsOf } from './checkboxAt';
import type { TwinIndex } from './lineHash';
import { LineMap } from './lines';
import { fastTree } from './fastTree';
import { parseMarkdown } from './markdown';
import { maskHiddenRegions } from './mask';
import { STATUS_CHAR } from '../model/statuses';
import { CHUNK, pieceBounds, type Piece } from './pieces';
import { skimProse, unskimmed } from './skim';
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
 * cut where a block must start anyway (see pieces.ts), and the generator pauses between
 * pieces so an indexer can give the event loop a turn. Link reference definitions only
 * reach links in their own piece. `fast` reads plain pieces with the fast reader and
 * `skim` leaves plain prose out (skim.ts); the tests turn each off to hold
 * the result to remark's.
 */
export function* extractInSteps(path: string, text: string, scan: NoteScan = scanNote(text), chunk = CHUNK, fast = true, skim = fast): Generator<void, NoteDoc> {
  const { bom, masked } = parseable(text);
  const extractor = new Extractor(text);
  const pieces = pieceBounds(masked, bom, chunk);
  const unread: { from: number; to: number }[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) yield;
    // A stretch with no place to cut it (one huge paragraph, or input built to slow the
    // parser down) is not read: the note says so, naming its lines, rather than hold
    // the app for seconds.
    const { from, to } = pieces[i];
    if (to - from > MAX_PIECE) {
      unread.push({ from, to });
      continue;
    }
    // Plain pieces are read by the fast reader, the rest by remark (never the BOM).
    extractor.walk(parsePiece(masked, pieces[i], fast, skim).children);
  }
  return {
    path,
    title: noteTitle(path),
    tags: scan.tags,
    roadmapFlag: scan.roadmapFlag,
    frontmatterError: scan.frontmatterError,
    unread: unread.length ? unreadMessage(text, unread) : null,
    blocks: extractor.blocks,
    links: extractor.links,
  };
}

/**
 * The blocks of the one piece of a note that holds `offset` (pieces.ts: a cut never
 * changes what the parser reads, and a list item's nested lists and a table's rows stay
 * with it), every offset the note's: what naming a place needs, at the cost of one
 * piece's parse instead of the whole note's. Empty when the piece is too large to read.
 */
export function extractNear(path: string, text: string, offset: number): NoteDoc {
  const { bom, masked } = parseable(text);
  const extractor = new Extractor(text);
  const piece = pieceBounds(masked, bom).find((p) => offset >= p.from && offset < p.to);
  if (piece && piece.to - piece.from <= MAX_PIECE) extractor.walk(parsePiece(masked, piece, true, true).children);
  const scan = scanNote(text);
  return { path, title: noteTitle(path), tags: scan.tags, roadmapFlag: scan.roadmapFlag, frontmatterError: scan.frontmatterError, unread: null, blocks: extractor.blocks, links: extractor.links };
}

/** The note as the parser reads it: comments, math and frontmatter blanked length for length; where the BOM ends. */
function parseable(text: string): { bom: number; masked: string } {
  const fm = readFrontmatter(text);
  const masked = maskHiddenRegions(text);
  return { bom: text.charCodeAt(0) === 0xfeff ? 1 : 0, masked: fm.end > 0 ? masked.slice(0, fm.end).replace(/[^\r\n]/g, ' ') + masked.slice(fm.end) : masked };
}

/** Names the stretches that were not read by their lines: `lines 12–3,400 (380 KB) …`. */
function unreadMessage(text: string, stretches: { from: number; to: number }[]): string {
  const lines = new LineMap(text);
  const named = stretches.map(({ from, to }) => `lines ${lines.lineOf(from)}–${lines.lineOf(Math.max(from, to - 1))} (${Math.round((to - from) / 1024)} KB)`);
  return `${named.join(', ')} were not read: no place to cut ${stretches.length === 1 ? 'it' : 'them'} into parts the parser can read in time`;
}

/** The longest piece that is parsed at all (~0.2 s of ordinary text, seconds of hostile). */
export const MAX_PIECE = 64 * 1024;

/** Moves every offset of a tree parsed from a slice back to where it stands in the note. */
function shiftOffsets(node: Nodes, map: (offset: number, end: boolean) => number): void {
  if (node.position) {
    if (node.position.start.offset !== undefined) node.position.start.offset = map(node.position.start.offset, false);
    if (node.position.end.offset !== undefined) node.position.end.offset = map(node.position.end.offset, true);
  }
  if ('children' in node) for (const child of node.children) shiftOffsets(child, map);
}

/**
 * The syntax tree of one piece, every offset into the note's text. Plain prose is left
 * out first (skim.ts); a piece that continues a table is parsed with that table's header
 * lines put before it.
 */
function parsePiece(masked: string, piece: Piece, fast: boolean, skim: boolean): Root {
  const { from, to, head } = piece;
  const body = skim ? skimProse(masked, from, to) : unskimmed(masked, from, to);
  const header = head ? masked.slice(head[0], head[1]) : '';
  const text = header + body.text;
  const tree = (fast ? fastTree(text, 0, text.length) : null) ?? parseMarkdown(text);
  shiftOffsets(tree, (offset, end) => (offset < header.length ? offset + head![0] : body.real(offset - header.length, end)));
  return tree;
}

/** A list item's marker and its task marker: `- [ ]`, `1. [/]`, `* [x]` (then a space or the line's end). */
const TASK_MARKER = new RegExp(`^(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\[(${STATUS_CHAR})\\](?=[ \\t\\r\\n]|$)`);

/** The tokens of an item's text after its task marker (which the parser may have left as text). */
function tokensAfter(tokens: InlineToken[], offset: number): InlineToken[] {
  const kept: InlineToken[] = [];
  for (const token of tokens) {
    if (token.t === 'br') {
      kept.push(token);
      continue;
    }
    if (token.end <= offset) continue;
    if (token.start < offset && token.t === 'text') kept.push({ ...token, text: token.text.replace(/^\s*\[[^\]]\]/, ''), start: offset });
    else kept.push(token);
  }
  return kept;
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
        case 'table': {
          // A piece that continues a table repeats its header: its rows join that table.
          const last = this.blocks[this.blocks.length - 1];
          if (last?.type === 'table' && last.line === this.line(node)) last.rows.push(...this.rows(node));
          else this.blocks.push(this.table(node));
          break;
        }
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

  private checkbox(kind: Checkbox['kind'], from: number, to: number, status: string, id: string | null): Checkbox {
    return checkboxAt(this.lines, this.twins, kind, from, to, status, id);
  }

  private htmlCheckbox(token: InlineToken): Checkbox | null {
    if (token.t !== 'html') return null;
    const info = parseHtmlCheckbox(token.value);
    return info ? this.checkbox('html', token.start, token.end, info.checked ? 'x' : ' ', info.id) : null;
  }

  private table(node: Table): TableBlock {
    const [head] = node.children;
    return { type: 'table', line: this.line(node), header: head ? this.cells(head) : [], rows: this.rows(node) };
  }

  private rows(node: Table): TableBlock['rows'] {
    return node.children.slice(1).map((row) => ({ line: this.line(row), end: end(row), cells: this.cells(row) }));
  }

  private cells(row: Table['children'][number]): Cell[] {
    return row.children.map((cell, i) => this.cell(cell, i === row.children.length - 1));
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
    const read = pieces.map((piece) => this.segment(piece));
    // Every checkbox of the cell, with the text that follows it up to the next checkbox
    // or `<br>`: its label (an answer option, a task's text).
    const checkboxes: Checkbox[] = [];
    const labels: string[] = [];
    for (const { segment, rest } of read) {
      let open: { box: Checkbox; tokens: InlineToken[] } | null = segment.lead ? { box: segment.lead, tokens: [] } : null;
      const close = () => {
        if (!open) return;
        checkboxes.push(open.box);
        // Only words label a checkbox: a "/" between two boxes does not.
        const label = plainText(open.tokens);
        labels.push(/[\p{L}\p{N}]/u.test(label) ? label : '');
      };
      for (const token of rest) {
        const box = this.htmlCheckbox(token);
        if (box) {
          close();
          open = { box, tokens: [] };
        } else open?.tokens.push(token);
      }
      close();
    }
    const segments = read.map((r) => r.segment);
    return { start: from, end: to, text: segments.map((s) => s.text).filter(Boolean).join(' '), segments, checkboxes, labels };
  }

  /** A `<br>`-separated piece of a cell: an optional leading checkbox, then text (`rest`). */
  private segment(tokens: InlineToken[]): { segment: Segment; rest: InlineToken[] } {
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
          lead = this.checkbox('gfm', at, at + 3, marker[1], null);
          rest[0] = { ...first, text: first.text.replace(/^\s*\[[ xX]\]/, ''), start: at + 3 };
        }
      }
    }
    return { segment: { text: plainText(rest), lead, links: linkTargets(rest) }, rest };
  }

  private list(node: List): ListBlock {
    return { type: 'list', line: this.line(node), items: node.children.map((item) => this.listItem(item)) };
  }

  private listItem(node: ListItem): ListEntry {
    const [first] = node.children;
    let tokens = first && (first.type === 'paragraph' || first.type === 'heading') ? this.inline(first.children) : [];
    let checkbox: Checkbox | null = null;
    // A task marker with any status character (`[/]`, `[-]`, `[>]`…), or with nothing
    // after it: Obsidian shows a checkbox for each, though GFM knows only `[ ]`/`[x]`
    // followed by text (SPEC §2.3.1). Read from the source, whatever the parser made of it.
    const from = start(node);
    const marker = TASK_MARKER.exec(this.text.slice(from, from + 24));
    if (marker && (node.checked != null || first?.type === 'paragraph' || !first)) {
      const at = from + marker[0].length - 3;
      checkbox = this.checkbox('gfm', at, at + 3, marker[1], null);
      tokens = tokensAfter(tokens, at + 3);
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
