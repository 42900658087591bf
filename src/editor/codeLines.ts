import type { Text } from '@codemirror/state';

/**
 * Line numbers (1-based) inside fenced code blocks of a document, where nothing is a
 * checkbox. A plain line scan: fences of three or more backticks or tildes, closed by
 * a fence of the same character at least as long.
 */
export function fencedLines(doc: Text): Set<number> {
  const inside = new Set<number>();
  let fence: { char: string; length: number } | null = null;
  for (let n = 1; n <= doc.lines; n++) {
    const text = doc.line(n).text.replace(/^(?:\s*>)*/, '');
    const match = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (fence) {
      inside.add(n);
      if (match && match[1][0] === fence.char && match[1].length >= fence.length && !text.slice(match[0].length).trim()) fence = null;
    } else if (match && !(match[1][0] === '`' && text.slice(match[0].length).includes('`'))) {
      fence = { char: match[1][0], length: match[1].length };
      inside.add(n);
    }
  }
  return inside;
}

/** Whether an offset of a line falls inside an inline code span (an odd number of backtick runs before it). */
export function inInlineCode(line: string, column: number): boolean {
  let open: string | null = null;
  for (let i = 0; i < column; i++) {
    if (line[i] !== '`') continue;
    let run = 1;
    while (line[i + run] === '`') run++;
    const ticks = '`'.repeat(run);
    if (open === null) open = ticks;
    else if (open === ticks) open = null;
    i += run - 1;
  }
  return open !== null && line.indexOf(open, column) !== -1;
}
