import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateVault } from '../../../bench/generateVault';
import { extractInSteps } from '../../../src/core/parse/extract';
import { fastTree } from '../../../src/core/parse/fastTree';
import type { NoteDoc } from '../../../src/core/parse/types';

const extract = (text: string, fast: boolean): NoteDoc => {
  const steps = extractInSteps('n.md', text, undefined, Infinity, fast, false);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

const exampleDir = join(__dirname, '../../../example-vault');
const fixturesDir = join(__dirname, '../../fixtures');
const notesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? notesIn(join(dir, e.name)) : e.name.endsWith('.md') ? [readFileSync(join(dir, e.name), 'utf8')] : []));

describe('the fast reader', () => {
  it('gives the extract remark gives, and reads every synthetic note itself', () => {
    for (const note of generateVault(1000, 3)) {
      const masked = note.text.replace(/^---\n[\s\S]*?\n---/, (fm) => fm.replace(/[^\n]/g, ' '));
      expect(fastTree(masked, 0, masked.length), note.path).not.toBeNull();
      expect(extract(note.text, true)).toEqual(extract(note.text, false));
    }
  });

  it('gives the extract remark gives on the example vault and every fixture', () => {
    for (const text of [...notesIn(exampleDir), ...notesIn(fixturesDir)]) expect(extract(text, true)).toEqual(extract(text, false));
  });

  it('gives the extract remark gives on random notes (property)', () => {
    const word = fc.constantFrom('plan', 'ship', 'x', '[[Note 1]]', '[[a|b]]', '[ ]', '[x]', '<br>', '<input type="checkbox" checked id="abc123">', '📅 2026-01-02', '#tag', 'a > b', '*em*', '`code`', '[link](u)', 'http://x.y', '\\|', '&amp;', '<b>', '1.', '-', '|');
    const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    const indent = fc.constantFrom('', '  ', '    ', ' ', '\t', '   ', '      ', '  \t');
    // Markers with every spacing CommonMark treats differently: one to five spaces, tabs.
    const marker = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. ', '- [ ] ', '- [x] ', '-  ', '-     ', '-\t', '1.\t', '- [ ]\t', '-', '1.', '*     [x] ');
    const line = fc.oneof(
      words,
      words.map((w) => `# ${w}`),
      words.map((w) => `## ${w} ##`),
      fc.tuple(indent, marker, words).map(([i, m, w]) => `${i}${m}${w}`),
      fc.array(words, { minLength: 1, maxLength: 3 }).map((cells) => `| ${cells.join(' | ')} |`),
      fc.integer({ min: 1, max: 3 }).map((n) => `|${' --- |'.repeat(n)}`),
      // Setext underlines, fences, quotes (nested, lazy), HTML, definitions, indented code.
      fc.constantFrom('', '', '```', '~~~', '---', '===', '--', '  ===', '> quote', '> > nested quote', '>', '> - [ ] quoted task', '<div>', '[x]: http://y', '    code', '\tcode'),
      // Lazy continuation and tabs inside a line.
      words.map((w) => `lazy ${w}`),
      words.map((w) => `a\t${w}\tb`),
    );
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), fc.boolean(), (lines, crlf) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        runs++;
        if (fastTree(text, 0, text.length)) read++;
        expect(extract(text, true)).toEqual(extract(text, false));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
    // The property has teeth only if the fast reader takes a fair share of the cases.
    expect(read / runs).toBeGreaterThan(0.1);
  });

  it('gives up on what it does not know', () => {
    for (const text of ['**bold**', 'a\n> b', '> quote', 'x\n---', '| a |\n| - |\n| b |\nlazy', '`code`', '[t](u)', '<div>x</div>', '- a\n\n  b']) {
      expect(fastTree(text, 0, text.length), text).toBeNull();
    }
  });
});
