import fc from 'fast-check';
import { checkboxColumns } from '../../../src/core/parse/lineHash';

// Generated notes for the edit properties: lines, each unique by a label unless a block
// repeats a line on purpose (twin lines under their own headings, as people write
// "- [ ] review" under several projects), and edits a person makes between reading the
// note and acting on it: insert, delete, copy and move lines.

const boxSpelling = fc.constantFrom(
  (id: string) => `<input type="checkbox" unchecked id="${id}">`,
  (id: string) => `<input type="checkbox" checked id="${id}">`,
  () => '<input type="checkbox">',
  () => '<input type="checkbox" checked>',
);
const STATUSES = ['To do', 'Doing', 'Done', ''];
const block = fc.oneof(
  fc.record({ kind: fc.constant('table' as const), status: fc.boolean(), rows: fc.array(fc.tuple(boxSpelling, fc.nat({ max: 3 }), fc.boolean(), fc.nat({ max: 3 })), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('list' as const), items: fc.array(fc.tuple(fc.boolean(), fc.nat({ max: 2 })), { minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('twins' as const), checked: fc.boolean() }),
  fc.record({ kind: fc.constant('prose' as const), text: fc.stringMatching(/^[a-z ]{0,30}$/) }),
);
export const noteSpec = fc.record({ blocks: fc.array(block, { minLength: 1, maxLength: 5 }), crlf: fc.boolean(), bom: fc.boolean(), finalNewline: fc.boolean(), dupId: fc.boolean() });
export type NoteSpec = { blocks: unknown; crlf: boolean; bom: boolean; finalNewline: boolean; dupId: boolean };
type Block =
  | { kind: 'table'; status: boolean; rows: [(id: string) => string, number, boolean, number][] }
  | { kind: 'list'; items: [boolean, number][] }
  | { kind: 'twins'; checked: boolean }
  | { kind: 'prose'; text: string };

export function buildLines(spec: NoteSpec): string[] {
  const lines: string[] = ['---', 'tags: [roadmap]', '---'];
  let n = 0;
  const label = () => `t${n++}`;
  for (const b of spec.blocks as Block[]) {
    lines.push('');
    if (b.kind === 'prose') lines.push(b.text + '  ');
    if (b.kind === 'list') for (const [checked, depth] of b.items) lines.push(`${'  '.repeat(depth)}- [${checked ? 'x' : ' '}] ${label()}`);
    // The same task line under a heading of its own.
    if (b.kind === 'twins') lines.push(`## Section ${label()}`, '', `- [${b.checked ? 'x' : ' '}] same`);
    if (b.kind === 'table') {
      lines.push(b.status ? '| Check | Project | Status |' : '| Check | Project |', b.status ? '| --- | --- | --- |' : '| --- | --- |');
      for (const [box, tasks, gfm, status] of b.rows) {
        const id = spec.dupId ? 'dup001' : `i${String(n).padStart(5, '0')}`;
        const own = gfm ? '[ ]' : box(id);
        let cell = `- ${label()}`;
        for (let t = 0; t < tasks; t++) cell += `<br>${box(`k${String(n).padStart(5, '0')}`)} ${label()}`;
        lines.push(b.status ? `| ${own} | ${cell} | ${STATUSES[status]} |` : `| ${own} | ${cell} |`);
      }
    }
  }
  return lines;
}

export function joinLines(lines: string[], spec: { crlf: boolean; bom: boolean; finalNewline: boolean }): string {
  const eol = spec.crlf ? '\r\n' : '\n';
  return (spec.bom ? '\ufeff' : '') + lines.join(eol) + (spec.finalNewline ? eol : '');
}

/** Edits between reading a note and acting on it. */
export const edits = fc.array(
  fc.record({ op: fc.constantFrom('insert', 'delete', 'copy', 'move'), at: fc.nat(), from: fc.nat(), size: fc.integer({ min: 1, max: 6 }), text: fc.stringMatching(/^[a-z #]{0,20}$/) }),
  { minLength: 1, maxLength: 6 },
);
export type Edits = { op: 'insert' | 'delete' | 'copy' | 'move'; at: number; from: number; size: number; text: string }[];

/** A line and where it came from: its line number in the original, -1 new, -2 a copy. */
export interface Tagged {
  line: string;
  origin: number;
}

/**
 * The lines after the edits, each tagged with its origin. Frontmatter (the first three
 * lines) is left alone; deleted lines hold no checkbox (a deleted target is the simple
 * refusal, tested on its own); a move takes a run of lines (a section) elsewhere.
 */
export function applyEdits(lines: string[], list: Edits): Tagged[] {
  const tagged = lines.map((line, index) => ({ line, origin: index + 1 }));
  for (const edit of list) {
    const body = tagged.length - 3;
    if (edit.op === 'insert') tagged.splice(3 + (edit.at % (body + 1)), 0, { line: edit.text, origin: -1 });
    if (edit.op === 'delete' && body > 1) {
      const index = 3 + (edit.at % body);
      if (!checkboxColumns(tagged[index].line).length) tagged.splice(index, 1);
    }
    if (edit.op === 'copy' && body > 0) tagged.splice(3 + (edit.at % (body + 1)), 0, { line: tagged[3 + (edit.from % body)].line, origin: -2 });
    if (edit.op === 'move' && body > 1) {
      const from = 3 + (edit.from % body);
      const run = tagged.splice(from, Math.min(edit.size, tagged.length - from));
      tagged.splice(3 + (edit.at % (tagged.length - 3 + 1)), 0, ...run);
    }
  }
  return tagged;
}

/** The nearest non-blank line above line `index` (0-based), trimmed: a ref's "line above". */
export function lineAbove(lines: readonly string[], index: number): string {
  for (let i = index - 1; i >= 0; i--) if (lines[i].trim()) return lines[i].trim();
  return '';
}

/** Offset of the start of line `index` (0-based) of the joined tagged lines. */
export function lineStartOf(tagged: Tagged[], index: number, spec: { crlf: boolean; bom: boolean }): number {
  const eol = spec.crlf ? 2 : 1;
  return (spec.bom ? 1 : 0) + tagged.slice(0, index).reduce((sum, t) => sum + t.line.length + eol, 0);
}
