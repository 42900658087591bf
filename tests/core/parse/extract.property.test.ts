import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNote } from '../../../src/core/parse/extract';
import { parseHtmlCheckbox } from '../../../src/core/parse/htmlCheckbox';
import { LineMap } from '../../../src/core/parse/lines';
import type { NoteDoc } from '../../../src/core/parse/types';
import { cellsOf, checkboxesOf } from '../../helpers/docWalk';

const runs = Number(process.env.FUZZ_RUNS ?? 150);
const seed = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};
const vault = join(__dirname, '../../../example-vault');
const examples = ['Projects.md', '2026 Systems Engineering Roadmap.md', 'long term bets.md'].map((name) => readFileSync(join(vault, name), 'utf8'));

// Pieces that exercise every rule of the parser when glued together at random.
const PIECES = [
  '| a | b |\n', '|---|---|\n', '| Check | Objective | Project |\n', '| --- | --- | --- |\n', '|', '\\|', '<br>', '<br/>',
  '<input type="checkbox" checked id="7d8cec">', '<input type="checkbox" unchecked id="28acf1">', '<INPUT TYPE=checkbox CHECKED/>',
  '<input type="checkbox">', '- [ ] ', '- [x] ', '  - [X] ', '- [/] ', '- [-]', '1. [?] ', '[ ]', '[x]', '\n', '\r\n', '\n\n', '```\n', '~~~\n', '    ', '`',
  '%%', '$$', '<!--', '-->', '---\n', 'tags: [roadmap]\n', '# ', '## Check-in\n', 'what?', '[[a|b]]', '[[a\\|b]]', '![[x]]',
  '[t](http://x)', '**b**', '_e_', '📅 2026-12-01', 'due:: Q1 2026', '> ', '> [!todo]\n', '1. ', '#roadmap ', 'text ', '\ufeff', '\t',
];
const markdownish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));

/** Checks that every offset an extract reports points at what it claims. */
function assertOffsetsSliceBack(text: string, doc: NoteDoc): void {
  const lines = new LineMap(text);
  for (const box of checkboxesOf(doc)) {
    const source = text.slice(box.start, box.end);
    if (box.kind === 'gfm') {
      expect(source).toMatch(/^\[[^[\]\\\r\n\t]\]$/);
      expect(box.status).toBe(source[1]);
      expect(box.checked).toBe(source !== '[ ]');
    } else {
      const info = parseHtmlCheckbox(source);
      expect(info).not.toBeNull();
      expect(info).toEqual({ checked: box.checked, id: box.id });
    }
    expect(lines.lineOf(box.start)).toBe(box.line);
  }
  for (const cell of cellsOf(doc)) {
    expect(cell.start).toBeLessThanOrEqual(cell.end);
    expect(text.slice(cell.start, cell.end)).not.toMatch(/\n/);
    for (const box of cell.checkboxes) {
      expect(box.start).toBeGreaterThanOrEqual(cell.start);
      expect(box.end).toBeLessThanOrEqual(cell.end);
    }
  }
}

describe('extractNote on arbitrary input', () => {
  it('never throws, and every offset slices back to its source', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        assertOffsetsSliceBack(text, extractNote('fuzz.md', text));
      }),
      { numRuns: runs, ...seed },
    );
  });

  it('does the same on randomly mutated example notes', () => {
    const mutation = fc.record({
      note: fc.integer({ min: 0, max: examples.length - 1 }),
      edits: fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })) }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(mutation, ({ note, edits }) => {
        let text = examples[note];
        for (const edit of edits) {
          const at = edit.at % (text.length + 1);
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.cut);
        }
        assertOffsetsSliceBack(text, extractNote('mutated.md', text));
      }),
      { numRuns: runs, ...seed },
    );
  });
});

describe('extractNote on the example notes', () => {
  it('finds every checkbox of Projects.md at its exact bytes', () => {
    const doc = extractNote('Projects.md', examples[0]);
    const boxes = checkboxesOf(doc);
    expect(boxes.map((box) => [box.id, box.checked, box.line])).toEqual([
      ['7d8cec', true, 9],
      ['7dfed1', true, 19],
      ['28acf1', false, 19],
      ['e07a79', false, 19],
      ['783526', false, 19],
      ['a4c8e8', false, 24],
      ['659d60', false, 24],
      ['fb1a89', false, 25],
    ]);
    assertOffsetsSliceBack(examples[0], doc);
  });

  it('keeps offsets right behind a BOM and with CRLF line endings', () => {
    const text = '\ufeff- [ ] a\r\n- [x] b\r\n\r\n| c | d |\r\n|---|---|\r\n| <input type="checkbox" checked id="q"> | e |\r\n';
    const doc = extractNote('bom.md', text);
    expect(checkboxesOf(doc).map((box) => text.slice(box.start, box.end))).toEqual(['[ ]', '[x]', '<input type="checkbox" checked id="q">']);
    assertOffsetsSliceBack(text, doc);
  });
});

describe('inputs that once broke the parser', () => {
  it('reads an empty list item followed by a task marker line without throwing, and drops the empty item', () => {
    const text = '#roadmap\n## Systems depth\n\n-\n[ ]  Write a storage engine\n  - [x] Read the paper\n- [x] Contribute\n';
    const doc = extractNote('a.md', text);
    assertOffsetsSliceBack(text, doc);
    expect(checkboxesOf(doc).map((box) => text.slice(box.start, box.end))).toEqual(['[x]', '[x]']);
  });
});
