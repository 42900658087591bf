type Safe = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Text a person typed, made safe for one table cell: every `|` that is not already
 * escaped gets a backslash, so it cannot split the table; a line break is refused (it
 * would end the row).
 */
export function cellSafe(text: string): Safe {
  const line = lineSafe(text);
  if (!line.ok) return line;
  let out = '';
  let backslashes = 0;
  for (const ch of line.text) {
    if (ch === '|' && backslashes % 2 === 0) out += '\\';
    out += ch;
    backslashes = ch === '\\' ? backslashes + 1 : 0;
  }
  return { ok: true, text: out };
}

/** Text for one line of a note: trimmed, non-empty, no line breaks. */
export function lineSafe(text: string): Safe {
  if (/[\r\n\u2028\u2029]/.test(text)) return { ok: false, reason: 'the text holds a line break' };
  const trimmed = text.trim();
  return trimmed ? { ok: true, text: trimmed } : { ok: false, reason: 'the text is empty' };
}

/**
 * New cell content in the old one's place: the old leading space (one space for a blank
 * cell), then the text, then spaces up to the old width when it fits, else one space.
 */
export function padLike(old: string, body: string): string {
  const blank = old.trim() === '';
  const leading = blank ? ' ' : /^[ \t]*/.exec(old)![0];
  const content = leading + body;
  if (content.length < old.length) return content.padEnd(old.length, ' ');
  return /[ \t]$/.test(old) || blank ? `${content} ` : content;
}
