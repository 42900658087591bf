import { extractNote } from '../../src/core/parse/extract';
import { checkboxesOf } from './docWalk';
import { refOf } from '../../src/core/model/ref';

/** Refs of every checkbox of a note, in document order, with their state and span. */
export function refsOf(text: string, path = 'note.md'): { ref: string; checked: boolean; line: number; id: string | null; start: number; end: number }[] {
  return checkboxesOf(extractNote(path, text)).map((box) => ({ ref: refOf(path, box), checked: box.checked, line: box.line, id: box.id, start: box.start, end: box.end }));
}

/** The byte ranges where two texts differ: [start, endInA, endInB], or null when equal. */
export function diffRange(a: string, b: string): [number, number, number] | null {
  if (a === b) return null;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return [start, endA, endB];
}
