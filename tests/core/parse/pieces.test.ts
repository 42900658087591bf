import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateVault } from '../../../bench/generateVault';
import { roleWords } from '../../../src/core/model/columns';
import { digestOf } from '../../../src/core/model/digest';
import { extractInSteps } from '../../../src/core/parse/extract';
import { pieceBounds } from '../../../src/core/parse/pieces';
import type { NoteDoc } from '../../../src/core/parse/types';

// What pieces must keep is the model: a list cut in two is two list blocks in the
// extract but the same items in the same group.
const model = (doc: NoteDoc) => digestOf(doc, roleWords());

const run = (path: string, text: string, chunk: number): { doc: NoteDoc; steps: number } => {
  const steps = extractInSteps(path, text, undefined, chunk);
  let count = 1;
  for (;;) {
    const step = steps.next();
    if (step.done) return { doc: step.value, steps: count };
    count++;
  }
};

const exampleDir = join(__dirname, '../../../example-vault');
const examples = readdirSync(exampleDir).filter((n) => n.endsWith('.md')).map((n) => readFileSync(join(exampleDir, n), 'utf8'));

describe('parsing a long note in pieces', () => {
  it('gives exactly the extract of a whole parse, for synthetic roadmap notes', () => {
    const notes = [...generateVault(2000, 7)].filter((n) => n.roadmap);
    for (const note of notes) {
      const pieces = run(note.path, note.text, 1500);
      if (note.text.length > 3000) expect(pieces.steps).toBeGreaterThan(1);
      expect(model(pieces.doc)).toEqual(model(run(note.path, note.text, Infinity).doc));
    }
  });

  it('gives exactly the extract of a whole parse, for the example notes run together (property)', () => {
    const block = fc.constantFrom(...examples.flatMap((t) => t.split(/\n(?=#|\|)/)), '```\n# not a heading\n\n| not | a table |\n```', '<!--\n\n# hidden\n\n-->', '\n', '- [ ] a\n\n| a | b |\n| - | - |\n| 1 | 2 |', '- [ ] one\n  - [x] nested\n- [ ] two\nlazy text\n- three', 'Para\n- [ ] interrupts\n\n- loose\n\n  more', '<div>\n- [ ] in html\n</div>', '<div>\n```\n</div>', '<!--\n```\n-->', '<pre>\n\n- [ ] raw\n\n</pre>', '> - [ ] quoted\n- [ ] after', '1. first\n2. second\n\nText after', '<!-- one line -->\n- [ ] after a comment\n- [x] and another', '| a | b |\n| - | - |\n| 1 | <input type="checkbox" id="aa0001"> |\n| 2 | <input type="checkbox" checked id="aa0002"> |\n| 3 | x |', '3. [ ] third\n4. [x] fourth\n5. fifth', 'Para line\n| lazy | pipe |\n| - | - |\n| r | r |', '> | q | r |\n> | - | - |\n> | 1 | 2 |\n> | 3 | 4 |', '> - [ ] q1\n> - [x] q2\n> 1. q3', '<div>\n| a | b |\n| - | - |\n</div>', '<span>inline</span> text\n- [ ] item after inline html', '- a\n  ```\n- b\n  ```');
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 30 }), fc.integer({ min: 50, max: 2000 }), (blocks, chunk) => {
        const text = blocks.join('\n');
        expect(model(run('n.md', text, chunk).doc)).toEqual(model(run('n.md', text, Infinity).doc));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
    );
  });

  it('never cuts inside fenced code or an HTML comment', () => {
    const text = `# a\n\n${'x '.repeat(40)}\n\n\`\`\`\n\n# in code\n\n\`\`\`\n\n<!--\n\n# in comment\n\n-->\n\n# b\n`;
    const cuts = pieceBounds(text, 0, 10).map(({ from }) => text.slice(from, from + 12));
    // Cuts may fall before a fence or a comment, never inside one; a line longer than a
    // piece gets a piece of its own.
    expect(cuts).toEqual(['# a\n\nx x x x', 'x x x x x x ', '```\n\n# in co', '<!--\n\n# in c', '# b\n']);
  });
});

// SPEC §2.6: long lists and tables are read whole, in pieces, however long.
describe('long lists and tables', () => {
  const items = (doc: NoteDoc) => model(doc).groups.flatMap((g) => g.items);
  const whole = (text: string) => run('long.md', text, 6000).doc;

  it('an 800-row checkbox table (over 64 KB) gives every row, cut between rows', () => {
    const rows = Array.from({ length: 800 }, (_, i) => `| Project number ${i} with a longer name for width | <input type="checkbox"${i % 3 ? '' : ' checked'} id="${(0x100000 + i).toString(16)}"> | Q${(i % 4) + 1} 2026 | some notes about this row |`);
    const text = `#roadmap\n\n## Plan\n\n| Project | Done | Due | Notes |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n\n## After\n\n- [ ] after the table\n`;
    expect(text.length).toBeGreaterThan(64 * 1024);
    const { doc, steps } = run('t.md', text, 6000);
    expect(steps).toBeGreaterThan(5);
    expect(doc.unread).toBeNull();
    const all = items(doc);
    expect(all).toHaveLength(801);
    expect(all[799]).toMatchObject({ title: 'Project number 799 with a longer name for width', line: 806, done: false, due: '2026-12-31' });
    expect(all.filter((item) => item.done)).toHaveLength(267);
    expect(model(doc)).toEqual(model(run('t.md', text, 20_000).doc));
  });

  it('a 900-item numbered task list and 420 items after a one-line comment are read whole', () => {
    const numbered = Array.from({ length: 900 }, (_, i) => `${i + 1}. [${i % 2 ? 'x' : ' '}] numbered step ${i} of a long checklist that goes on for a while`).join('\n');
    const bullets = Array.from({ length: 420 }, (_, i) => `- [ ] item ${i} under a comment, with enough words to make the section long — ${'x'.repeat(800)}`).join('\n');
    const text = `#roadmap\n\n## Steps\n\n${numbered}\n\n## Commented\n<!-- this list was pasted from elsewhere -->\n${bullets}\n`;
    const doc = whole(text);
    expect(doc.unread).toBeNull();
    const groups = model(doc).groups;
    expect(groups.map((g) => [g.title, g.items.length])).toEqual([['Steps', 900], ['Commented', 420]]);
    expect(groups[0].items.filter((i) => i.done)).toHaveLength(450);
  });

  it('a long list inside a callout is cut at its quote level; a callout table is read whole', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `> | Row ${i} ${'w'.repeat(40)} | <input type="checkbox" id="${(0x200000 + i).toString(16)}"> |`).join('\n');
    const list = Array.from({ length: 600 }, (_, i) => `> - [ ] quoted task ${i} ${'q'.repeat(60)}`).join('\n');
    const text = `#roadmap\n\n## Q\n\n> [!todo] Table\n> | Item | Check |\n> | --- | --- |\n${rows}\n\n## L\n\n> [!todo] List\n${list}\n`;
    const { doc, steps } = run('q.md', text, 6000);
    expect(steps).toBeGreaterThan(5);
    expect(model(doc).groups.map((g) => [g.title, g.items.length])).toEqual([['Q', 600], ['L', 600]]);
    expect(model(doc)).toEqual(model(run('q.md', text, 20_000).doc));
  });

  it('cuts a table only after a header that starts a block, with as many cells as its delimiter row', () => {
    const lazy = `- item\n  more\n| not | a header |\n| --- | --- |\n${'| r | r |\n'.repeat(50)}`;
    expect(pieceBounds(lazy, 0, 40).every((piece) => piece.head === null)).toBe(true);
    const wrongWidth = `| a | b | c |\n| --- | --- |\n${'| r | r |\n'.repeat(50)}`;
    expect(pieceBounds(wrongWidth, 0, 40).every((piece) => piece.head === null)).toBe(true);
    const table = `| a | b |\n| --- | --- |\n${'| r | r |\n'.repeat(50)}`;
    const pieces = pieceBounds(table, 0, 40);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.slice(1).every((piece) => piece.head?.[0] === 0 && piece.head[1] === 24)).toBe(true);
  });
});
