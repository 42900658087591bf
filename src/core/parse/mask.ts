/**
 * Blanks out, length for length, the parts of a note that Obsidian never shows as
 * content but CommonMark would parse: `%% comments %%` and `$$ math $$` blocks. Line
 * breaks are kept, so every offset and line number of the masked text is the source's.
 */
export function maskHiddenRegions(text: string): string {
  if (!text.includes('%%') && !text.includes('$$')) return text;
  let out = '';
  let i = 0;
  let lineStart = true;
  let fence: { char: string; length: number } | null = null;
  while (i < text.length) {
    if (lineStart) {
      const eol = text.indexOf('\n', i);
      const line = text.slice(i, eol === -1 ? text.length : eol);
      const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        const closer = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
        if (closer && closer[1][0] === fence.char && closer[1].length >= fence.length) fence = null;
        ({ out, i } = copyLine(text, out, i, eol));
        continue;
      }
      if (opener && !(opener[1][0] === '`' && line.slice(opener[0].length).includes('`'))) {
        fence = { char: opener[1][0], length: opener[1].length };
        ({ out, i } = copyLine(text, out, i, eol));
        continue;
      }
    }
    const ch = text[i];
    if (ch === '\n') {
      out += ch;
      i++;
      lineStart = true;
      continue;
    }
    lineStart = false;
    if (ch === '`') {
      // Skip an inline code span whole, so `%%` or `$$` inside it stays text.
      const run = /^`+/.exec(text.slice(i, i + 64))![0];
      const close = text.indexOf(run, i + run.length);
      const eol = text.indexOf('\n\n', i);
      if (close !== -1 && (eol === -1 || close < eol)) {
        out += text.slice(i, close + run.length);
        i = close + run.length;
        continue;
      }
      out += run;
      i += run.length;
      continue;
    }
    if ((ch === '%' || ch === '$') && text[i + 1] === ch) {
      const marker = ch + ch;
      const close = text.indexOf(marker, i + 2);
      // An unclosed %% hides the rest of the note in Obsidian; an unclosed $$ is text.
      if (close === -1 && ch === '$') {
        out += marker;
        i += 2;
        continue;
      }
      const end = close === -1 ? text.length : close + 2;
      out += blank(text.slice(i, end));
      i = end;
      lineStart = text[end - 1] === '\n';
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Copies a whole line and its line break unchanged; the next character starts a line. */
function copyLine(text: string, out: string, from: number, eol: number): { out: string; i: number } {
  const end = eol === -1 ? text.length : eol + 1;
  return { out: out + text.slice(from, end), i: end };
}

function blank(region: string): string {
  return region.replace(/[^\n\r]/g, ' ');
}
