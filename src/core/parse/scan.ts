import { readFrontmatter } from './frontmatter';
import { maskHiddenRegions } from './mask';

/** What a cheap line scan learns about a note: enough to decide whether to parse it. */
export interface NoteScan {
  tags: string[];
  roadmapFlag: boolean;
  frontmatterError: string | null;
}

// Obsidian's tag: `#` after start or white space, letters/digits/_/-//, not only digits.
const INLINE_TAG = /(^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;

/**
 * Reads frontmatter tags and inline `#tags` with a line scan (hundreds of MB/s), skipping
 * frontmatter, fenced and indented code, inline code, HTML comments, `%%` and `$$` blocks.
 */
export function scanNote(text: string): NoteScan {
  const fm = readFrontmatter(text);
  const tags = [...fm.tags];
  // Most `#` are headings (`# `, `##`); only a `#` that could open a tag needs the walk.
  TAG_START.lastIndex = Math.max(0, fm.end - 1);
  if (TAG_START.test(text)) {
    const body = maskHiddenRegions(text).slice(fm.end);
    for (const tag of plainBody(body) ? hashLineTags(body) : inlineTags(body)) tags.push(tag);
  }
  if (!tags.length && !fm.roadmapFlag && !fm.error) return PLAIN;
  return { tags: unique(tags), roadmapFlag: fm.roadmapFlag, frontmatterError: fm.error };
}

// Most notes have no tag at all: they share one frozen scan instead of holding their own.
const TAG_START = /(?:^|\s)#[^\s#]/g;

const PLAIN: NoteScan = Object.freeze({ tags: Object.freeze([]) as unknown as string[], roadmapFlag: false, frontmatterError: null });

// A body without fences, comments or indented lines has no code block or comment: only
// its lines with a `#` need reading (most notes; the full walk below handles the rest).
// Searched for one by one: a single pattern with a lookahead over the whole body tried
// them all at every character (1.3 s of a 100,000-note cold start).
function plainBody(body: string): boolean {
  return !body.includes('```') && !body.includes('~~~') && !body.includes('<!--') && !body.startsWith('    ') && !body.startsWith('\t') && !INDENTED_LINE.test(body);
}
const INDENTED_LINE = /\n(?: {4}|\t)/;

function* hashLineTags(body: string): Generator<string> {
  for (let at = body.indexOf('#'); at !== -1; ) {
    const start = body.lastIndexOf('\n', at) + 1;
    const eol = body.indexOf('\n', at);
    const end = eol === -1 ? body.length : eol;
    const line = body.slice(start, end);
    for (const match of line.replace(/(`+)[\s\S]*?\1/g, ' ').matchAll(INLINE_TAG)) yield match[2];
    at = eol === -1 ? -1 : body.indexOf('#', eol);
  }
}

function* inlineTags(body: string): Generator<string> {
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  let previousBlank = true;
  let inIndentedCode = false;
  let lastContentWasList = false;
  for (const rawLine of body.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    // A line that starts with a letter is prose: no fence, code, list or comment opens
    // there, so the regular expressions below are skipped (most lines of most notes).
    const first = line.charCodeAt(0);
    if (!fence && !inComment && ((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) && !line.includes('<!--')) {
      inIndentedCode = false;
      previousBlank = false;
      lastContentWasList = false;
      if (line.includes('#')) for (const match of line.replace(/(`+)[\s\S]*?\1/g, ' ').matchAll(INLINE_TAG)) yield match[2];
      continue;
    }
    const blank = line.trim() === '';
    if (fence) {
      const closer = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (closer && closer[1][0] === fence.char && closer[1].length >= fence.length) fence = null;
      continue;
    }
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (opener && !inComment) {
      fence = { char: opener[1][0], length: opener[1].length };
      previousBlank = false;
      continue;
    }
    const indented = /^(?: {4}|\t)/.test(line);
    if (inIndentedCode && (indented || blank)) continue;
    inIndentedCode = false;
    if (indented && previousBlank && !lastContentWasList && !inComment) {
      inIndentedCode = true;
      continue;
    }
    previousBlank = blank;
    if (blank) continue;
    lastContentWasList = /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(line) || (indented && lastContentWasList);
    let visible = line;
    if (inComment || visible.includes('<!--')) {
      let kept = '';
      let rest = visible;
      while (rest) {
        if (inComment) {
          const close = rest.indexOf('-->');
          if (close === -1) { rest = ''; break; }
          rest = rest.slice(close + 3);
          inComment = false;
        } else {
          const open = rest.indexOf('<!--');
          if (open === -1) { kept += rest; break; }
          kept += rest.slice(0, open) + ' ';
          rest = rest.slice(open + 4);
          inComment = true;
        }
      }
      visible = kept;
    }
    if (!visible.includes('#')) continue;
    visible = visible.replace(/(`+)[\s\S]*?\1/g, ' ');
    for (const match of visible.matchAll(INLINE_TAG)) yield match[2];
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
