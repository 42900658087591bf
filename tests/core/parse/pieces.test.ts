import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateVault } from '../../../bench/generateVault';
import { roleWords } from '../../../src/core/model/columns';
import { digestOf } from '../../../src/core/model/digest';
import { extractInSteps, pieceBounds } from '../../../src/core/parse/extract';
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
    const block = fc.constantFrom(...examples.flatMap((t) => t.split(/\n(?=#|\|)/)), '```\n# not a heading\n\n| not | a table |\n```', '<!--\n\n# hidden\n\n-->', '\n', '- [ ] a\n\n| a | b |\n| - | - |\n| 1 | 2 |', '- [ ] one\n  - [x] nested\n- [ ] two\nlazy text\n- three', 'Para\n- [ ] interrupts\n\n- loose\n\n  more', '<div>\n- [ ] in html\n</div>', '<div>\n```\n</div>', '<!--\n```\n-->', '<pre>\n\n- [ ] raw\n\n</pre>', '> - [ ] quoted\n- [ ] after', '1. first\n2. second\n\nText after');
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
    const cuts = pieceBounds(text, 0, 10).map(([from]) => text.slice(from, from + 12));
    // Cuts may fall before a fence or a comment, never inside one; a line longer than a
    // piece gets a piece of its own.
    expect(cuts).toEqual(['# a\n\nx x x x', 'x x x x x x ', '```\n\n# in co', '<!--\n\n# in c', '# b\n']);
  });
});
