/**
 * Plain prose left out before parsing (the parser reads about 0.5 MB/s, and most of a
 * personal vault is prose the model never reads). A stand-alone prose paragraph is a run
 * of lines between blank lines, each starting at column 0 with nothing that could open or
 * change a block (a list marker, heading, quote, table pipe, HTML, fence, rule or setext
 * line, link definition), holding no checkbox, with blocks at column 0 before and after
 * it. It gives the model nothing but its wikilinks (SPEC §2: paragraphs only give links),
 * and taking it out changes no other block: it follows a blank line, so it continues
 * nothing, and what follows starts a block of its own wherever it stands. (A list split
 * by one becomes one loose list: the same items.) The differential tests in skim.test.ts
 * hold the model to that of a full parse.
 */

/** A piece's text with plain prose left out, and where its offsets stand in the note. */
export interface Skimmed {
  text: string;
  /** The note offset of an offset of `text`; `end` for an exclusive end. */
  real(offset: number, end?: boolean): number;
}

export function skimProse(text: string, from: number, to: number): Skimmed {
  const parts: string[] = [];
  const starts: number[] = [];
  const reals: number[] = [];
  let length = 0;
  const keep = (real: number, part: string) => {
    if (!part) return;
    starts.push(length);
    reals.push(real);
    parts.push(part);
    length += part.length;
  };
  let copied = from;
  /** A plain paragraph that ended: left out once the next block is known to start at column 0. */
  let pending: [number, number] | null = null;
  const leaveOut = () => {
    if (!pending) return;
    keep(copied, text.slice(copied, pending[0]));
    // Its wikilinks stay, one line of them for each line that had some (links carry no
    // offsets; they map to their line's start).
    for (let at = pending[0]; at < pending[1]; ) {
      const eol = text.indexOf('\n', at);
      const next = eol === -1 || eol >= pending[1] ? pending[1] : eol + 1;
      const links = text.slice(at, next).match(WIKILINK);
      if (links) keep(at, `${links.join(' ')}\n`);
      at = next;
    }
    copied = pending[1];
    pending = null;
  };
  let chunkStart = -1;
  let plain = false;
  let blankBefore = true;
  let indentedBefore = false;
  for (let at = from; at < to; ) {
    const eol = text.indexOf('\n', at);
    const next = eol === -1 || eol >= to ? to : eol + 1;
    const line = text.slice(at, next);
    if (!line.trim()) {
      if (chunkStart !== -1 && plain) pending = [chunkStart, at];
      chunkStart = -1;
      blankBefore = true;
    } else {
      if (chunkStart === -1) {
        // An indented block after a blank line may belong to a list item above: the
        // paragraph before it stays, or that item would take it in.
        if (/^[ \t]/.test(line)) pending = null;
        else leaveOut();
        chunkStart = at;
        // After an indented line (code, a list item's text) what follows may read as part
        // of it: only a paragraph between blocks at column 0 is left out.
        plain = blankBefore && !indentedBefore;
      }
      if (plain && !plainLine(line)) plain = false;
      indentedBefore = /^[ \t]/.test(line);
      blankBefore = false;
    }
    at = next;
  }
  if (chunkStart !== -1 && plain) pending = [chunkStart, to];
  leaveOut();
  keep(copied, text.slice(copied, to));
  if (!starts.length) keep(from, ' ');
  const real = (offset: number, end = false): number => {
    if (end && offset > 0) return real(offset - 1) + 1;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return reals[lo] + (offset - starts[lo]);
  };
  return { text: parts.join(''), real };
}

/** The piece as it is: nothing left out. */
export function unskimmed(text: string, from: number, to: number): Skimmed {
  return { text: text.slice(from, to), real: (offset) => offset + from };
}

/** A line of plain prose. */
const PLAIN_LINE = /^(?![-*+=_#>|<[~`\s])(?!\d{1,9}[.)](?:[ \t]|$))(?!.*(?:\[\[|<input|\||\]:))[^\n]*\n?$/i;
const WIKILINK = /!?\[\[[^[\]\n]+\]\]/g;

/**
 * A plain line, or one whose only links are wikilinks standing in plain text: nothing
 * around them may make them something else (code, an escape, HTML, a link label).
 */
function plainLine(line: string): boolean {
  if (!line.includes('[[')) return PLAIN_LINE.test(line);
  if (/^[!\s]/.test(line) || /[`\\<$]|\]\(|\]\[/.test(line)) return false;
  const bare = line.replace(WIKILINK, (link) => 'x'.repeat(link.length));
  return !bare.includes('[') && !bare.includes(']') && PLAIN_LINE.test(bare);
}
