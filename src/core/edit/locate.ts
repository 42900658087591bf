import { parseHtmlCheckbox } from '../parse/htmlCheckbox';
import { checkboxColumns, lineFingerprint, stableStretches } from '../parse/lineHash';
import { LineMap } from '../parse/lines';
import type { RefData } from '../model/ref';
import { STATUS_CHAR } from '../model/statuses';
import type { Checkbox } from '../parse/types';

/** A checkbox found in the current text. */
export type FoundCheckbox = Pick<Checkbox, 'kind' | 'start' | 'end' | 'checked' | 'status' | 'id' | 'line'>;

export type Located = { ok: true; box: FoundCheckbox } | { ok: false; reason: string };

/**
 * Finds the checkbox a ref names in the text as it is now (SPEC §3, stale guard):
 * 1. by its HTML id, when that id named one checkbox then and names one now;
 * 2. else among the lines that share its line's fingerprint ("twins"), which must be as
 *    many as when the ref was made (a twin that appeared or vanished — a paste right
 *    above looks just like the original — makes every choice uncertain): the only one,
 *    else the twin at its old offset with the same line above, else the one twin with
 *    the same line above, else its twin by order when that one has the same line above.
 * In every other doubt it refuses. A write never lands on a guess.
 */
export function locateCheckbox(text: string, ref: RefData): Located {
  const lines = new LineMap(text);
  if (ref.id && ref.idCount === 1) {
    const withId = htmlCheckboxesWithId(text, lines, ref.id);
    if (withId.length === 1) return { ok: true, box: withId[0] };
  }
  const twins = findTwins(text, lines, ref);
  if (!twins.length) return { ok: false, reason: 'the checkbox is no longer in the note (it was removed or its line was rewritten)' };
  if (twins.length !== ref.twins) {
    return { ok: false, reason: `its line now appears ${twins.length} times in the note (${ref.twins} when it was read), so which one is meant is not certain` };
  }
  if (twins.length === 1) return { ok: true, box: twins[0] };
  const contextMatches = twins.filter((twin) => contextHash(lines, twin.line) === ref.ctxHash);
  const inPlace = contextMatches.find((twin) => twin.start === ref.offset);
  if (inPlace) return { ok: true, box: inPlace };
  // One twin alone has the ref's line above: it is the one, wherever the sections went.
  if (contextMatches.length === 1) return { ok: true, box: contextMatches[0] };
  // Among identical lines only the line above tells them apart: the twin at the ref's
  // place in order is taken only when it still has the ref's line above. (Sections moved
  // around can put another twin at that place in order, under another heading.)
  const chosen = twins[ref.ordinal];
  if (!contextMatches.includes(chosen)) {
    return { ok: false, reason: 'its line appears several times in the note and the lines around them changed, so which one is meant is not certain' };
  }
  return { ok: true, box: chosen };
}

/**
 * Every line whose fingerprint is the ref's, with its checkbox at the ref's place.
 * Lines are found by a plain search for the longest checkbox-free stretch of text the
 * twins must share, so only a few lines are fingerprinted even in a large note.
 */
function findTwins(text: string, lines: LineMap, ref: RefData): FoundCheckbox[] {
  const twins: FoundCheckbox[] = [];
  const consider = (line: number) => {
    const lineText = lines.lineText(line);
    if (lineFingerprint(lineText) !== ref.lineHash) return;
    const column = checkboxColumns(lineText)[ref.nth];
    const box = column === undefined ? null : readCheckboxAt(text, lines.starts[line - 1] + column, ref.kind);
    if (box && box.id === ref.id) twins.push({ ...box, line });
  };
  const probe = probeText(text, lines, ref);
  if (probe === null) {
    for (let line = 1; line <= lines.lineCount; line++) {
      const lineText = lines.lineText(line);
      if (lineText.includes('[') || lineText.includes('<')) consider(line);
    }
    return twins;
  }
  let last = 0;
  for (let at = text.indexOf(probe); at !== -1; at = text.indexOf(probe, at + 1)) {
    const line = lines.lineOf(at);
    if (line !== last) consider(line);
    last = line;
  }
  return twins;
}

/**
 * The longest stretch of the ref's old line without checkboxes, read from the line now
 * at the ref's old place when that line still has the ref's fingerprint; null when
 * there is no such line or the stretch is too short to narrow the search.
 */
export function probeText(text: string, lines: LineMap, ref: RefData): string | null {
  if (ref.offset >= text.length) return null;
  const lineText = lines.lineText(lines.lineOf(ref.offset));
  if (lineFingerprint(lineText) !== ref.lineHash) return null;
  const pieces = stableStretches(lineText);
  const longest = pieces.reduce((a, b) => (b.trim().length > a.trim().length ? b : a), '');
  return longest.trim().length >= 3 ? longest.trim() : null;
}

function htmlCheckboxesWithId(text: string, lines: LineMap, id: string): FoundCheckbox[] {
  // Only the tags around each occurrence of the id are read, not every tag of the note.
  const found: FoundCheckbox[] = [];
  const lower = text.toLowerCase();
  const needle = id.toLowerCase();
  let last = -1;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
    const open = lower.lastIndexOf('<input', at);
    if (open === -1 || open <= last) continue;
    const close = text.indexOf('>', open);
    if (close === -1 || close < at) continue;
    const box = readCheckboxAt(text, open, 'html');
    if (box && box.id === id) {
      found.push({ ...box, line: lines.lineOf(open) });
      last = open;
    }
  }
  return found;
}

function contextHash(lines: LineMap, line: number): string {
  for (let above = line - 1; above >= 1; above--) {
    const text = lines.lineText(above).trim();
    if (text) return lineFingerprint(text);
  }
  return '';
}

const GFM_MARKER = new RegExp(`^\\[${STATUS_CHAR}\\]$`);

/** The checkbox of the given kind that starts exactly at `offset`, if any. */
export function readCheckboxAt(text: string, offset: number, kind: 'gfm' | 'html'): Omit<FoundCheckbox, 'line'> | null {
  if (offset < 0 || offset >= text.length) return null;
  if (kind === 'gfm') {
    const marker = text.slice(offset, offset + 3);
    if (!GFM_MARKER.test(marker)) return null;
    return { kind, start: offset, end: offset + 3, checked: marker[1] !== ' ', status: marker[1], id: null };
  }
  if (text[offset] !== '<') return null;
  const close = text.indexOf('>', offset);
  const newline = text.indexOf('\n', offset);
  if (close === -1 || (newline !== -1 && newline < close)) return null;
  const info = parseHtmlCheckbox(text.slice(offset, close + 1));
  return info ? { kind, start: offset, end: close + 1, checked: info.checked, status: info.checked ? 'x' : ' ', id: info.id } : null;
}
